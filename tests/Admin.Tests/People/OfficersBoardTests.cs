using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.Admin.Tests.People;

/// <summary>The officers page's state and decisions without rendering: the form, the two-click toggle, the password reset, the scope.</summary>
public sealed class OfficersBoardTests : IDisposable
{
    private const string Password = "sandi-rahasia-123";
    private readonly LiteQueueStore _store = new(LiteQueueStore.InMemory);
    private readonly OfficerAdministration _administration;
    private readonly QueueEngine _engine;

    public OfficersBoardTests()
    {
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build(), DemoMpp.Officers());
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        _engine = new QueueEngine(_store, time, new QueueNotifier());
        _administration = new OfficerAdministration(_store, _engine, new PasswordHasher<Officer>(), time);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task LoadAsync_AgencySupervisor_FixesTheAgencyAndOffersOnlyOfficersOfIt()
    {
        var board = await BoardAsync("supervisor-disdukcapil");

        Assert.True(board.IsAgencyFixed);
        Assert.Equal("disdukcapil", board.AgencyId);
        Assert.Equal("disdukcapil", Assert.Single(board.Agencies).Id);
        Assert.Equal(_engine.Catalog.Agencies["disdukcapil"].Name, board.ScopedAgencyName);
        Assert.Equal([OfficerRole.Officer], board.Roles());
        Assert.All(board.Officers, o => Assert.Equal("disdukcapil", o.AgencyId));
    }

    [Fact]
    public async Task LoadAsync_Admin_StartsInTheFirstAgencyByNameAndSeesEveryone()
    {
        var board = await BoardAsync("admin");

        Assert.False(board.IsAgencyFixed);
        Assert.Null(board.ScopedAgencyName);
        Assert.Equal(_engine.Catalog.Agencies.Values.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).First().Id, board.AgencyId);
        Assert.Equal(_store.LoadOfficers().Count, board.Officers.Count);
        Assert.Contains(OfficerRole.Admin, board.Roles());
    }

    [Fact]
    public async Task LoadAsync_NobodySignedIn_ShowsNoAccountsAndOffersNoRoles()
    {
        var board = await BoardAsync("nobody");

        Assert.Null(board.Actor);
        Assert.Empty(board.Officers);
        Assert.Empty(board.Roles());
        Assert.False(board.MayManage(_store.LoadOfficers()[0]));
    }

    [Fact]
    public async Task CreateAsync_Valid_EmptiesTheNamesAndPasswordButKeepsRoleAndAgency()
    {
        var board = await BoardAsync("admin");
        Fill(board, "petugas.baru", "Budi Santoso", Password);
        board.AgencyId = "samsat";

        await board.CreateAsync();

        Assert.Contains(board.Officers, o => o.UserName == "petugas.baru" && o.AgencyId == "samsat");
        Assert.Contains("petugas.baru", board.Notice, StringComparison.Ordinal);
        Assert.Null(board.CreateError);
        Assert.Equal((null, null, null), (board.UserName, board.DisplayName, board.Password));
        Assert.Equal((OfficerRole.Officer, "samsat"), (board.Role, board.AgencyId));
        Assert.False(board.Busy);
    }

    [Fact]
    public async Task CreateAsync_Refused_SaysWhyKeepsWhatWasTypedAndDropsTheLastNotice()
    {
        var board = await BoardAsync("admin");
        Fill(board, "petugas.satu", "Satu", Password);
        await board.CreateAsync();

        Fill(board, "ab", "Budi", Password);
        await board.CreateAsync();

        Assert.Equal(OfficersBoard.Refusal(OfficerAdminError.UserNameInvalid), board.CreateError);
        Assert.Null(board.Notice);
        Assert.Equal("ab", board.UserName);
        Assert.DoesNotContain(_store.LoadOfficers(), o => o.UserName == "ab");
    }

    [Fact]
    public async Task CreateAsync_ActorDisabledMeanwhile_IsRefusedAndTheListEmpties()
    {
        var board = await BoardAsync("admin");
        _store.SaveOfficer(_store.LoadOfficers().Single(o => o.Id == "admin") with { Active = false });
        Fill(board, "petugas.baru", "Budi", Password);

        await board.CreateAsync();

        Assert.Equal(OfficersBoard.Refusal(OfficerAdminError.NotAllowed), board.CreateError);
        Assert.Null(board.Actor);
        Assert.Empty(board.Officers);
    }

    [Fact]
    public async Task ToggleActiveAsync_FirstClick_OnlyAsksAndTheSecondDisables()
    {
        var board = await BoardAsync("admin");
        var officer = Listed(board, "petugas-samsat");
        var plain = board.ToggleLabel(officer);

        await board.ToggleActiveAsync(officer);

        Assert.True(Stored("petugas-samsat").Active);
        Assert.Equal("petugas-samsat", board.Confirming);
        Assert.NotEqual(plain, board.ToggleLabel(officer));
        Assert.Contains(plain, board.ToggleLabel(officer), StringComparison.Ordinal);

        await board.ToggleActiveAsync(officer);

        Assert.False(Stored("petugas-samsat").Active);
        Assert.Null(board.Confirming);
        Assert.False(Listed(board, "petugas-samsat").Active);
        Assert.Contains("petugas.samsat", board.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToggleActiveAsync_AnotherAccountClickedBetween_AsksAgainForIt()
    {
        var board = await BoardAsync("admin");

        await board.ToggleActiveAsync(Listed(board, "petugas-samsat"));
        await board.ToggleActiveAsync(Listed(board, "petugas-polres"));
        await board.ToggleActiveAsync(Listed(board, "petugas-samsat"));

        Assert.True(Stored("petugas-samsat").Active);
        Assert.True(Stored("petugas-polres").Active);
        Assert.Equal("petugas-samsat", board.Confirming);
    }

    [Fact]
    public async Task ToggleActiveAsync_LastAdminThemselves_SaysWhyInTheRow()
    {
        var board = await BoardAsync("admin");
        var admin = Listed(board, "admin");

        await board.ToggleActiveAsync(admin);
        await board.ToggleActiveAsync(admin);

        Assert.Equal(OfficersBoard.Refusal(OfficerAdminError.LastAdmin), board.RowError);
        Assert.Null(board.Notice);
        Assert.True(Stored("admin").Active);
    }

    [Fact]
    public async Task SavePasswordAsync_TooShort_KeepsTheResetOpenUntilAValidOne()
    {
        var board = await BoardAsync("admin");
        var officer = Listed(board, "petugas-samsat");
        board.StartReset(officer);
        board.NewPassword = "pendek";

        await board.SavePasswordAsync(officer);

        Assert.Equal(OfficersBoard.Refusal(OfficerAdminError.PasswordTooShort), board.RowError);
        Assert.Equal("petugas-samsat", board.Resetting);

        board.GenerateResetPassword();
        var generated = board.NewPassword;
        await board.SavePasswordAsync(officer);

        Assert.True(generated!.Length >= OfficerAdministration.MinPasswordLength);
        Assert.Null(board.Resetting);
        Assert.Null(board.NewPassword);
        Assert.Null(board.RowError);
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<Officer>().VerifyHashedPassword(Stored("petugas-samsat"), Stored("petugas-samsat").PasswordHash, generated));
    }

    [Fact]
    public async Task StartReset_AfterARefusal_ClearsTheRefusalAndTheTypedPassword()
    {
        var board = await BoardAsync("admin");
        var officer = Listed(board, "petugas-samsat");
        board.StartReset(officer);
        board.NewPassword = "pendek";
        await board.SavePasswordAsync(officer);

        board.StartReset(Listed(board, "petugas-polres"));

        Assert.Equal("petugas-polres", board.Resetting);
        Assert.Null(board.NewPassword);
        Assert.Null(board.RowError);
    }

    [Fact]
    public async Task MayManage_AgencySupervisor_ManagesTheirOfficersNotThemselves()
    {
        var board = await BoardAsync("supervisor-disdukcapil");

        Assert.True(board.MayManage(Listed(board, "petugas-disdukcapil")));
        Assert.False(board.MayManage(Listed(board, "supervisor-disdukcapil")));
    }

    [Theory]
    [InlineData(OfficerAdminError.UserNameTooLong, OfficerAdministration.MaxUserNameLength)]
    [InlineData(OfficerAdminError.DisplayNameTooLong, OfficerAdministration.MaxDisplayNameLength)]
    [InlineData(OfficerAdminError.PasswordTooShort, OfficerAdministration.MinPasswordLength)]
    [InlineData(OfficerAdminError.PasswordTooLong, OfficerAdministration.MaxPasswordLength)]
    public void Refusal_ALengthLimit_NamesTheLimit(OfficerAdminError error, int limit)
    {
        Assert.Contains(limit.ToString(System.Globalization.CultureInfo.CurrentCulture), OfficersBoard.Refusal(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_EveryError_HasItsOwnSentence()
    {
        var sentences = Enum.GetValues<OfficerAdminError>().Select(OfficersBoard.Refusal).ToList();

        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(sentences, string.IsNullOrWhiteSpace);
    }

    private static void Fill(OfficersBoard board, string userName, string displayName, string password)
    {
        board.UserName = userName;
        board.DisplayName = displayName;
        board.Password = password;
    }

    private static Officer Listed(OfficersBoard board, string id) => board.Officers.Single(o => o.Id == id);

    private async Task<OfficersBoard> BoardAsync(string actorId)
    {
        var board = new OfficersBoard(_administration, _engine, () => Task.FromResult(_store.LoadOfficers().FirstOrDefault(o => o.Id == actorId && o.Active)));
        await board.LoadAsync();
        return board;
    }

    private Officer Stored(string id) => _store.LoadOfficers().Single(o => o.Id == id);
}
