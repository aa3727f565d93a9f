using MppQueue.Core;
using MppQueue.Counter.Text;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Counter.Console;

/// <summary>What one move from the console came to.</summary>
public enum MoveOutcome
{
    /// <summary>Nothing was tried: a move was running, there is no desk, or the move does not apply.</summary>
    NotMade,
    Made,
    Refused,

    /// <summary>The account is no longer active: the page sends the officer to sign in again.</summary>
    SignedOut,
}

/// <summary>A move's outcome, with what the console says about it (an empty message says nothing).</summary>
public sealed record ConsoleMoveResult(MoveOutcome Outcome, ConsoleNotice? Notice);

/// <summary>
/// The state and decisions of one desk console page: the view it shows and when it was read, the officer, whether a
/// move is running, the side panels, which move a key or a button asks for, and the moves themselves, one at a time,
/// each as the officer read again just before it (<paramref name="whoAmI"/>: null once the account is disabled).
/// The page forwards clicks and keys here and renders what it holds.
/// </summary>
public sealed class DeskConsole(QueueEngine engine, Func<Task<Officer?>> whoAmI)
{
    private static readonly ConsoleMoveResult NotMade = new(MoveOutcome.NotMade, null);

    // Refusals that mean the officer can no longer work here as they thought: they stay until read and closed.
    private static readonly HashSet<QueueErrorCode> NeedAction =
    [
        QueueErrorCode.NotDeskHolder,
        QueueErrorCode.DeskHeldByOther,
        QueueErrorCode.DeskOfAnotherAgency,
        QueueErrorCode.DeskInactive,
        QueueErrorCode.OfficerInactive,
    ];

    public DeskConsoleView View { get; private set; } = DeskConsoleView.None(null);

    public Officer? Me { get; private set; }

    /// <summary>A move is running: every action waits for it.</summary>
    public bool Busy { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public ConsolePanels Panels { get; } = new();

    public bool IsHolder => View.IsHolder(Me);

    public bool HasTicket => View.HasTicket(Me, Busy);

    public bool IsCalled => View.IsCalled(Me, Busy);

    public bool CanCallNext => View.CanCallNext(Me, Busy);

    /// <summary>
    /// Whether a waiting visitor may be chosen to be called out of order. A move running meanwhile does not change it
    /// (<see cref="Choose"/> waits for nothing and does nothing then), so the waiting list need not render for the move.
    /// </summary>
    public bool CanChoose => View.CanCallNext(Me, busy: false);

    /// <summary>Where the desk is in a visitor's turn.</summary>
    public DeskStage Stage => DeskActions.StageOf(View);

    /// <summary>The moves offered now, the next expected step first.</summary>
    public IReadOnlyList<DeskAction> Actions => DeskActions.For(Stage);

    /// <summary>The officer holding the desk when it is someone else, or null.</summary>
    public string? OtherHolderId => View.HolderId is null || View.HolderId == Me?.Id ? null : View.HolderId;

    /// <summary>Reads who the signed-in officer is (once, when the page starts).</summary>
    public async Task IdentifyAsync() => Me = await whoAmI();

    /// <summary>Reads the console again from a snapshot, closing a side panel that no longer applies.</summary>
    public void Read(TodaySnapshot today, string deskId, DateTimeOffset now)
    {
        var before = View.Desk?.Id;
        Now = now;
        View = DeskConsoleView.Read(today, deskId, Me, now);
        Panels.Follow(before, View);
    }

    /// <summary>Opens a side panel about the visitor at the desk.</summary>
    public void Open(ConsolePanel panel) => Panels.Show(panel, View.Current);

    /// <summary>A waiting ticket was chosen to be called out of order: its panel asks why.</summary>
    public void Choose(Ticket waiting)
    {
        if (!Busy)
        {
            Panels.Choose(waiting, View.Current);
        }
    }

    /// <summary>The move a shortcut key asks for now, or null; Escape closes a panel, and while one is open its own controls take the keys.</summary>
    public Func<Desk, Officer, ConsoleNotice>? ForKey(string key)
    {
        var command = View.CommandFor(key, Me, Busy);
        if (command == DeskCommand.ClosePanel)
        {
            Panels.Close();
        }

        return Panels.Open == ConsolePanel.None ? For(command) : null;
    }

    /// <summary>The move a command makes, or null when it opens a panel instead or does not apply (no visitor at the desk).</summary>
    public Func<Desk, Officer, ConsoleNotice>? For(DeskCommand command)
    {
        switch (command)
        {
            case DeskCommand.Transfer:
                Open(ConsolePanel.Transfer);
                return null;
            case DeskCommand.Hold:
                Open(ConsolePanel.Hold);
                return null;
            case DeskCommand.Pause:
                Open(ConsolePanel.Pause);
                return null;
        }

        return command switch
        {
            DeskCommand.CallNext => DeskMoves.CallNext(engine),
            DeskCommand.Recall => OnCurrent(t => DeskMoves.Recall(engine, t)),
            DeskCommand.StartServing => OnCurrent(t => DeskMoves.StartServing(engine, t)),
            DeskCommand.Finish => OnCurrent(t => DeskMoves.Finish(engine, t)),
            DeskCommand.NoShow => OnCurrent(t => DeskMoves.NoShow(engine, t)),
            DeskCommand.ResumeDesk => DeskMoves.ResumeDesk(engine),
            _ => null,
        };
    }

    /// <summary>Calls the chosen waiting ticket out of order, or null when none is chosen.</summary>
    public Func<Desk, Officer, ConsoleNotice>? CallChosen(string? reason) =>
        Panels.Chosen is { } chosen ? DeskMoves.CallSpecific(engine, chosen, reason) : null;

    public Func<Desk, Officer, ConsoleNotice>? Transfer(Service to, string? note) => OnCurrent(t => DeskMoves.Transfer(engine, t, to, note));

    public Func<Desk, Officer, ConsoleNotice>? Hold(string? note) => OnCurrent(t => DeskMoves.Hold(engine, t, note));

    /// <summary>
    /// Makes one move as the officer read again first (a disabled account stops here), off the caller's thread. The
    /// flag is set before the first await, so a second press that arrives meanwhile finds the console busy and makes
    /// nothing. A made move closes the side panel; the engine's refusal comes back as a warning, never thrown.
    /// </summary>
    public async Task<ConsoleMoveResult> MoveAsync(Func<Desk, Officer, ConsoleNotice>? move)
    {
        if (move is null || Busy || View.Desk is not { } desk)
        {
            return NotMade;
        }

        Busy = true;
        try
        {
            var me = await whoAmI();
            if (me is null)
            {
                return new ConsoleMoveResult(MoveOutcome.SignedOut, new ConsoleNotice(CounterText.AccountInactive, Severity.Error, NeedsAction: true));
            }

            Me = me;
            var notice = await engine.MoveAsync(() => move(desk, me));
            Panels.Close();
            return new ConsoleMoveResult(MoveOutcome.Made, notice);
        }
        catch (QueueException refusal)
        {
            var needsAction = NeedAction.Contains(refusal.Code);
            return new ConsoleMoveResult(
                MoveOutcome.Refused,
                new ConsoleNotice(Labels.Refusal(refusal), needsAction ? Severity.Error : Severity.Warning, needsAction));
        }
        finally
        {
            Busy = false;
        }
    }

    private Func<Desk, Officer, ConsoleNotice>? OnCurrent(Func<Ticket, Func<Desk, Officer, ConsoleNotice>> move) =>
        View.Current is { } ticket ? move(ticket) : null;
}
