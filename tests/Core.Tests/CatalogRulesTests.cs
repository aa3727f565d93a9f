using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

public class CatalogRulesTests
{
    private readonly EngineHarness _h = new();

    private CatalogEditor Editor => new(_h.Store, _h.Engine);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("Disdukcapil<b>")]
    [InlineData("Tab\tname")]
    public void SaveAgency_BadName_IsRefusedAndNothingIsStored(string name)
    {
        var writes = _h.Store.Writes;

        var error = Refused(() => Editor.SaveAgency(new Agency { Id = "baru", Name = name }));

        Assert.Equal(QueueErrorCode.InvalidValue, error.Code);
        Assert.StartsWith("Isian tidak sah: name", error.Error.Describe(Indonesian), StringComparison.Ordinal);
        Assert.Equal(writes, _h.Store.Writes);
        Assert.False(_h.Engine.Catalog.Agencies.ContainsKey("baru"));
    }

    [Fact]
    public void SaveZone_OverLongName_IsRefusedWithAShortEcho()
    {
        var error = Refused(() => Editor.SaveZone(new Zone { Id = "zona-9", Name = new string('Z', 10_000) }));

        Assert.Equal(QueueErrorCode.InvalidValue, error.Code);
        Assert.True(error.Message.Length < 80, error.Message);
    }

    [Fact]
    public void SaveService_PrefixAlreadyUsed_IsRefused()
    {
        var copy = TestSite.Service("baru", "sk");

        var error = Refused(() => Editor.SaveService(copy));

        Assert.Equal(QueueErrorCode.DuplicatePrefix, error.Code);
        Assert.Equal("Awalan nomor SK sudah dipakai layanan lain.", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void SaveService_UnknownAgency_IsRefused()
    {
        var error = Refused(() => Editor.SaveService(TestSite.Service("baru", "N", agency: "nowhere")));

        Assert.Equal(QueueErrorCode.UnknownReference, error.Code);
    }

    [Fact]
    public void SaveService_Valid_IsLiveWithoutRestart()
    {
        Editor.SaveService(TestSite.Service("npwp", "w"));

        var ticket = _h.Engine.Issue(new IssueRequest("npwp"));

        Assert.Equal("W001", ticket.Number.ToString());
        Assert.Contains(_h.Events, e => e.Kind == QueueEventKind.CatalogChanged);
    }

    [Fact]
    public void SaveDesk_WithoutService_OrWithATakenNumber_IsRefused()
    {
        var desk = TestSite.Desk(9, "a") with { ServiceIds = [] };

        Assert.Equal(QueueErrorCode.DeskWithoutService, Refused(() => Editor.SaveDesk(desk)).Code);
        Assert.Equal(QueueErrorCode.DuplicateDeskNumber, Refused(() => Editor.SaveDesk(TestSite.Desk(1, "a") with { Id = "loket-baru" })).Code);
        Assert.Equal(QueueErrorCode.UnknownReference, Refused(() => Editor.SaveDesk(TestSite.Desk(9, "ghost"))).Code);
    }

    [Fact]
    public void SaveSite_UnknownTimeZone_IsRefused()
    {
        var site = _h.Engine.Catalog.Site with { TimeZoneId = "Mars/Olympus" };

        Assert.Equal(QueueErrorCode.InvalidValue, Refused(() => Editor.SaveSite(site)).Code);
        Assert.Equal("Asia/Jakarta", _h.Store.LoadCatalog()!.Site.TimeZoneId);
    }

    [Fact]
    public void SeedIfEmpty_SecondTime_DoesNothing()
    {
        var writes = _h.Store.Writes;

        Assert.False(CatalogEditor.SeedIfEmpty(_h.Store, TestSite.Build()));
        Assert.Equal(writes, _h.Store.Writes);
    }

    [Theory]
    [InlineData("Asia/Jakarta")]
    [InlineData("Asia/Makassar")]
    [InlineData("Asia/Jayapura")]
    public void SiteClock_IndonesianZones_AreKnown(string zone)
    {
        Assert.True(SiteClock.IsKnownZone(zone));
    }
}
