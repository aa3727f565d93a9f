using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Counter.Console;

/// <summary>
/// What one desk's console shows to an officer, read from one snapshot of today: the desk, whether this officer may
/// work there and who holds it, the visitor at the desk, who waits in calling order, what was put aside, the no-shows
/// still within their grace time, and today's figures. A plain class, so the console's rules are tested without
/// rendering; a value (its lists compare item by item), so the page renders only when what it shows changed.
/// </summary>
public sealed record DeskConsoleView(
    Desk? Desk,
    bool MayUse,
    DeskState State,
    string? HolderId,
    Ticket? Current,
    Service? CurrentService,
    ValueList<Service> Services,
    ValueList<RankedTicket> Waiting,
    ValueList<Ticket> Held,
    ValueList<Ticket> NoShows,
    DeskFigures DeskFigures,
    DeskFigures MyFigures,
    string AgencyName,
    string ZoneName)
{
    private static readonly DeskFigures NoFigures = new(0, 0, 0, 0, null, null);

    /// <summary>The view of no desk (unknown, inactive, or not read yet).</summary>
    public static DeskConsoleView None(string? deskId) =>
        new(null, false, new DeskState { DeskId = deskId ?? string.Empty }, null, null, null, [], [], [], [], NoFigures, NoFigures, string.Empty, string.Empty);

    /// <summary>The keys the console answers to, in the order its buttons show them.</summary>
    public static IReadOnlyList<string> ShortcutKeys { get; } = ["F1", "F2", "F3", "F4", "F6", "F7", "F8", "F9", "Escape"];

    /// <summary>Whether <paramref name="me"/> is the officer signed in at the desk.</summary>
    public bool IsHolder(Officer? me) => me is not null && HolderId == me.Id;

    /// <summary>The holder has a visitor at the desk and no move is running.</summary>
    public bool HasTicket(Officer? me, bool busy) => IsHolder(me) && !busy && Current is not null;

    /// <summary>The visitor at the desk is called and has not come yet.</summary>
    public bool IsCalled(Officer? me, bool busy) => HasTicket(me, busy) && Current!.Status == TicketStatus.Called;

    /// <summary>The holder's desk is free and open: the next visitor may be called (or the desk paused).</summary>
    public bool CanCallNext(Officer? me, bool busy) => IsHolder(me) && !busy && Current is null && !State.Paused;

    /// <summary>Why the desk is paused, as the banner says it.</summary>
    public string PauseText => State.Reason == PauseReason.Other && State.Note is { } note
        ? note
        : Text.CounterLabels.Pause(State.Reason) + (State.Note is { } extra ? " (" + extra + ")" : string.Empty);

    /// <summary>Whether a move can change a desk's console: at the desk, in its services' queues, or the configuration.</summary>
    public static bool Concerns(Desk desk, QueueEvent queueEvent)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(queueEvent);
        return queueEvent.Desk?.Id == desk.Id
            || queueEvent.Kind == QueueEventKind.CatalogChanged
            || (queueEvent.Ticket is { } ticket && desk.ServiceIds.Contains(ticket.ServiceId))
            || (queueEvent.FromServiceId is { } from && desk.ServiceIds.Contains(from));
    }

    /// <summary>
    /// What a shortcut key does now: the move of the current stage that shows the key (<see cref="DeskActions"/>), F9
    /// pausing a free desk, Escape closing a panel; nothing while a move runs or for someone who does not hold the desk.
    /// </summary>
    public DeskCommand CommandFor(string key, Officer? me, bool busy)
    {
        if (key == DeskActions.KeyOf(DeskCommand.ClosePanel))
        {
            return DeskCommand.ClosePanel;
        }

        if (!IsHolder(me) || busy)
        {
            return DeskCommand.None;
        }

        var stage = DeskActions.StageOf(this);
        if (DeskActions.For(stage).FirstOrDefault(a => a.Key == key) is { } action)
        {
            return action.Command;
        }

        return stage == DeskStage.Idle && key == DeskActions.KeyOf(DeskCommand.Pause) ? DeskCommand.Pause : DeskCommand.None;
    }

    /// <summary>The console of <paramref name="deskId"/> for <paramref name="me"/> at <paramref name="now"/>; an unknown or inactive desk gives an empty view.</summary>
    public static DeskConsoleView Read(TodaySnapshot today, string? deskId, Officer? me, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(today);
        var catalog = today.Catalog;
        if (catalog.FindDesk(deskId) is not { Active: true } desk || today.Desk(desk.Id) is not { } line)
        {
            return None(deskId);
        }

        var mayUse = me is not null && DeskAccess.CanUse(me, desk);
        var agency = catalog.Agencies.TryGetValue(desk.AgencyId, out var a) ? Labels.AgencyName(a) : string.Empty;
        var zone = catalog.Zones.TryGetValue(desk.ZoneId, out var z) ? z.Name : string.Empty;
        ValueList<Service> services = [.. desk.ServiceIds.Select(catalog.FindService).OfType<Service>()];
        var myFigures = me is null ? NoFigures : today.OfficerFigures(me.Id);
        if (!mayUse)
        {
            // Another agency's queue is none of this person's business.
            return new DeskConsoleView(desk, false, line.State, line.HolderId, null, null, services, [], [], [], line.Figures, myFigures, agency, zone);
        }

        var grace = TimeSpan.FromMinutes(catalog.Site.NoShowGraceMinutes);
        return new DeskConsoleView(
            desk,
            true,
            line.State,
            line.HolderId,
            line.Current,
            catalog.FindService(line.Current?.ServiceId),
            services,
            today.WaitingForDesk(desk).ToValueList(),
            line.Held.ToValueList(),
            [.. line.NoShows.Where(t => t.NoShowAt is { } at && now - at <= grace)],
            line.Figures,
            myFigures,
            agency,
            zone);
    }
}

/// <summary>What a key press at the console asks for.</summary>
public enum DeskCommand
{
    None,
    ClosePanel,
    CallNext,
    Recall,
    StartServing,
    Finish,
    NoShow,
    Transfer,
    Hold,
    ResumeDesk,
    Pause,
}
