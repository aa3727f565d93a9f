using System.Globalization;
using MppQueue.Admin.Components.Config;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

/// <summary>The one save every configuration page uses, without rendering: who may save, where a refusal shows, what is confirmed.</summary>
public class ConfigSaveTests
{
    private static readonly Officer Admin = new() { Id = "admin", UserName = "admin", DisplayName = "Admin", Role = OfficerRole.Admin };

    private readonly ConfigSave _save = new(["name", "sortOrder"]);

    [Fact]
    public void Run_Accepted_ShowsTheConfirmationAndNoRefusal()
    {
        var stored = _save.Run(Admin, actor => "Disimpan: " + actor.Id);

        Assert.True(stored);
        Assert.Equal("Disimpan: admin", _save.Saved);
        Assert.False(_save.Errors.Any);
        Assert.False(_save.Saving);
    }

    [Fact]
    public void Run_RefusedOnAFieldOfTheForm_ShowsItBesideTheFieldAndDropsTheLastConfirmation()
    {
        _save.Run(Admin, _ => "Disimpan");
        var error = new CatalogError(CatalogErrorCode.Required, "name");

        var stored = _save.Run(Admin, _ => throw new CatalogException(error));

        Assert.False(stored);
        Assert.Null(_save.Saved);
        Assert.Equal(error.Describe(CultureInfo.CurrentUICulture), _save.Errors.For("name"));
        Assert.Null(_save.Errors.Top);
        Assert.False(_save.Saving);
    }

    [Fact]
    public void Run_RefusedOnAFieldNotOnTheForm_ShowsItAtTheTop()
    {
        var error = new CatalogError(CatalogErrorCode.ChangedMeanwhile, "item");

        _save.Run(Admin, _ => throw new CatalogException(error));

        Assert.Equal(error.Describe(CultureInfo.CurrentUICulture), _save.Errors.Top);
        Assert.False(_save.Errors.Has("item"));
    }

    [Fact]
    public void Run_NobodySignedIn_SavesNothing()
    {
        var called = false;

        var stored = _save.Run(null, _ =>
        {
            called = true;
            return "Disimpan";
        });

        Assert.False(stored);
        Assert.False(called);
        Assert.Null(_save.Saved);
    }

    [Fact]
    public void Run_WhileAnotherSaveRuns_DoesNothing()
    {
        var inner = true;

        _save.Run(Admin, _ =>
        {
            Assert.True(_save.Saving);
            inner = _save.Run(Admin, _ => "Kedua");
            return "Pertama";
        });

        Assert.False(inner);
        Assert.Equal("Pertama", _save.Saved);
    }

    [Fact]
    public void Run_AnythingButARefusal_GoesThroughAndTheFormIsUsableAgain()
    {
        Assert.Throws<IOException>(() => _save.Run(Admin, _ => throw new IOException("disk")));

        Assert.False(_save.Saving);
        Assert.True(_save.Run(Admin, _ => "Disimpan"));
    }

    [Fact]
    public async Task RunAsync_Refused_ShowsTheRefusalAndIsNotSaving()
    {
        var error = new CatalogError(CatalogErrorCode.TooLong, "sortOrder", Max: 10);

        var stored = await _save.RunAsync(Admin, async _ =>
        {
            await Task.Yield();
            throw new CatalogException(error);
        });

        Assert.False(stored);
        Assert.Equal(error.Describe(CultureInfo.CurrentUICulture), _save.Errors.For("sortOrder"));
        Assert.False(_save.Saving);
    }

    [Fact]
    public void Reset_AfterKeepOverNavigation_ShowsTheConfirmationOnce()
    {
        _save.Run(Admin, _ => "Disimpan: Loket 31");
        _save.KeepOverNavigation();

        _save.Reset();
        Assert.Equal("Disimpan: Loket 31", _save.Saved);

        _save.Reset();
        Assert.Null(_save.Saved);
    }

    [Fact]
    public void Check_Refused_ShowsTheRefusalButKeepsTheConfirmation()
    {
        _save.Run(Admin, _ => "Disimpan");
        var error = new CatalogError(CatalogErrorCode.Required, "name");

        var accepted = _save.Check(() => throw new CatalogException(error));

        Assert.False(accepted);
        Assert.True(_save.Errors.Has("name"));
        Assert.Equal("Disimpan", _save.Saved);
        Assert.True(_save.Check(() => { }));
        Assert.False(_save.Errors.Any);
    }
}
