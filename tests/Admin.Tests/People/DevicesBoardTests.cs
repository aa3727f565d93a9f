using Microsoft.Extensions.Time.Testing;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.Admin.Tests.People;

/// <summary>The devices page's state and decisions without rendering: the registration form, the address shown once, two-click renew and revoke.</summary>
public sealed class DevicesBoardTests : IDisposable
{
    private static readonly Uri Site = new("https://mpp.example/");
    private readonly LiteQueueStore _store = new(LiteQueueStore.InMemory);
    private readonly ScreenRegistry _registry;
    private readonly QueueEngine _engine;
    private readonly DeviceAdministration _devices;

    public DevicesBoardTests()
    {
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build(), DemoMpp.Officers());
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        _engine = new QueueEngine(_store, time, new QueueNotifier());
        _registry = new ScreenRegistry(_store, time);
        _devices = new DeviceAdministration(_registry, _engine, _store, time);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Load_NewDevice_StartsAsAKioskInTheFirstZone()
    {
        var board = Board("admin");

        Assert.Equal(ScreenKind.Kiosk, board.Kind);
        Assert.Equal(_engine.Catalog.Zones.Values.OrderBy(z => z.SortOrder).First().Id, board.ZoneId);
        Assert.Empty(board.Statuses);
    }

    [Fact]
    public async Task RegisterAsync_Kiosk_ShowsItsFullAddressOnceAndEmptiesTheName()
    {
        var board = Board("admin");
        board.Name = "Kios pintu utara";
        board.DeskId = "loket-28";

        await board.RegisterAsync();

        var kiosk = Assert.Single(_registry.Screens());
        Assert.Equal((ScreenKind.Kiosk, "zona-1", null), (kiosk.Kind, kiosk.ZoneId, kiosk.DeskId));
        Assert.Equal(("Kios pintu utara", "https://mpp.example/kiosk?device=" + kiosk.Token), board.Address);
        Assert.Null(board.Name);
        Assert.Null(board.Notice);
        Assert.Single(board.Statuses);

        board.StartRename(kiosk);
        await board.SaveNameAsync(kiosk);
        Assert.Null(board.Address);
    }

    [Fact]
    public async Task RegisterAsync_DeskScreen_TakesItsDesksZoneNotTheOneChosenBefore()
    {
        var board = Board("admin");
        board.Name = "TV loket 28";
        board.ZoneId = "zona-1";
        board.Kind = ScreenKind.Desk;
        board.DeskId = "loket-28";

        await board.RegisterAsync();

        var screen = Assert.Single(_registry.Screens());
        Assert.Equal(("loket-28", "zona-2"), (screen.DeskId, screen.ZoneId));
        Assert.Equal("https://mpp.example/display/desk/loket-28?device=" + screen.Token, board.Address?.Url);
    }

    [Fact]
    public async Task RegisterAsync_NoName_SaysWhyAtTheFormNotInTheList()
    {
        var board = Board("admin");

        await board.RegisterAsync();

        Assert.Equal(DevicesBoard.Refusal(ScreenRegistryError.NameMissing), board.RegisterError);
        Assert.Null(board.RowError);
        Assert.Null(board.Address);
        Assert.Empty(_registry.Screens());
    }

    [Fact]
    public async Task RegisterAsync_NotAnAdmin_IsNotAllowed()
    {
        var board = Board("supervisor");
        board.Name = "Kios";

        await board.RegisterAsync();

        Assert.Equal(PeopleText.Error_NotAllowed, board.RegisterError);
        Assert.Empty(_registry.Screens());
    }

    [Fact]
    public async Task RevokeAsync_FirstClick_OnlyAsksAndTheSecondRevokes()
    {
        var kiosk = Kiosk("Kios A");
        var board = Board("admin");

        await board.RevokeAsync(kiosk);

        Assert.True(board.IsConfirming(kiosk, DevicesBoard.Revoke));
        Assert.False(board.IsConfirming(kiosk, DevicesBoard.Renew));
        Assert.NotEqual("Cabut", board.Confirmable(kiosk, DevicesBoard.Revoke, "Cabut"));
        Assert.Equal("Perbarui", board.Confirmable(kiosk, DevicesBoard.Renew, "Perbarui"));
        Assert.NotNull(_registry.Find(kiosk.Id));

        await board.RevokeAsync(kiosk);

        Assert.Null(_registry.Find(kiosk.Id));
        Assert.False(board.IsConfirming(kiosk, DevicesBoard.Revoke));
        Assert.Contains("Kios A", board.Notice, StringComparison.Ordinal);
        Assert.Empty(board.Statuses);
    }

    [Fact]
    public async Task RevokeAsync_AlreadyRevokedInAnotherTab_SaysTheDeviceIsGone()
    {
        var kiosk = Kiosk("Kios A");
        var board = Board("admin");
        await board.RevokeAsync(kiosk);
        _registry.Remove(kiosk.Id);

        await board.RevokeAsync(kiosk);

        Assert.Equal(DevicesBoard.Refusal(ScreenRegistryError.UnknownScreen), board.RowError);
        Assert.Null(board.Notice);
    }

    [Fact]
    public async Task RenewAsync_Confirmed_GivesANewTokenAndShowsTheNewAddress()
    {
        var kiosk = Kiosk("Kios A");
        var board = Board("admin");

        await board.RenewAsync(kiosk);
        Assert.Equal(kiosk.Token, _registry.Find(kiosk.Id)!.Token);
        await board.RenewAsync(kiosk);

        var renewed = _registry.Find(kiosk.Id)!;
        Assert.NotEqual(kiosk.Token, renewed.Token);
        Assert.Equal("https://mpp.example/kiosk?device=" + renewed.Token, board.Address?.Url);
    }

    [Fact]
    public async Task StartRename_WhileARenewWaits_DropsTheConfirmation()
    {
        var kiosk = Kiosk("Kios A");
        var board = Board("admin");
        await board.RenewAsync(kiosk);

        board.StartRename(kiosk);
        await board.RenewAsync(kiosk);

        Assert.Equal(kiosk.Token, _registry.Find(kiosk.Id)!.Token);
        Assert.Equal(("Kios A", kiosk.Id), (board.NewName, board.Renaming));
    }

    [Fact]
    public async Task SaveNameAsync_Refused_KeepsTheRenameOpenThenRenames()
    {
        var kiosk = Kiosk("Kios A");
        var board = Board("admin");
        board.StartRename(kiosk);
        board.NewName = "   ";

        await board.SaveNameAsync(kiosk);

        Assert.Equal(DevicesBoard.Refusal(ScreenRegistryError.NameMissing), board.RowError);
        Assert.Equal(kiosk.Id, board.Renaming);

        board.NewName = "Kios B";
        await board.SaveNameAsync(kiosk);

        Assert.Null(board.Renaming);
        Assert.Null(board.RowError);
        Assert.Equal("Kios B", _registry.Find(kiosk.Id)!.Name);
    }

    [Fact]
    public void Desks_ForADeskScreen_AreTheActiveOnesByNumber()
    {
        var board = Board("admin");

        var numbers = board.Desks.Select(d => d.Number).ToList();

        Assert.Equal(numbers.Order(), numbers);
        Assert.Equal(_engine.Catalog.Desks.Values.Count(d => d.Active), numbers.Count);
    }

    private ScreenDevice Kiosk(string name) => _registry.Register(new ScreenRegistration(name, "zona-1", ScreenKind.Kiosk), _engine.Catalog);

    private DevicesBoard Board(string actorId)
    {
        var board = new DevicesBoard(
            _devices,
            _engine,
            () => Task.FromResult(_store.LoadOfficers().FirstOrDefault(o => o.Id == actorId && o.Active)),
            path => new Uri(Site, path));
        board.Load();
        return board;
    }
}
