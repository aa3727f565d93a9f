using MppQueue.Core;
using MppQueue.Counter.Text;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Counter.Console;

/// <summary>
/// What the console tells the officer after a move; <paramref name="NeedsAction"/> when the officer must do something
/// about it (it then stays until closed, see <see cref="ConsoleToasts"/>).
/// </summary>
public sealed record ConsoleNotice(string Message, Severity Severity, bool NeedsAction = false);

/// <summary>
/// Every move an officer makes from the desk console, as the signed-in officer, with what the console says after it.
/// Each returns a function of the desk and the officer, run by the page off the circuit's thread; the engine's
/// refusals pass through as <see cref="QueueException"/>.
/// </summary>
public static class DeskMoves
{
    public static Func<Desk, Officer, ConsoleNotice> SitDown(QueueEngine engine, bool takeOver) => (desk, me) =>
    {
        engine.SignInToDesk(desk.Id, me, takeOver);
        return new ConsoleNotice(string.Empty, Severity.Normal);
    };

    public static Func<Desk, Officer, ConsoleNotice> Leave(QueueEngine engine) => (desk, me) =>
    {
        engine.SignOutOfDesk(desk.Id, me.Id);
        return new ConsoleNotice(Labels.Format(CounterText.LeftDesk, Labels.Desk(desk)), Severity.Info);
    };

    public static Func<Desk, Officer, ConsoleNotice> CallNext(QueueEngine engine) => (desk, me) =>
        Called(engine.CallNext(desk.Id, me.Id), desk);

    public static Func<Desk, Officer, ConsoleNotice> CallSpecific(QueueEngine engine, Ticket chosen, string? reason) => (desk, me) =>
        Called(engine.CallSpecific(desk.Id, chosen.Id, reason, me.Id), desk);

    public static Func<Desk, Officer, ConsoleNotice> Recall(QueueEngine engine, Ticket current) => (desk, me) =>
    {
        var recalled = engine.Recall(desk.Id, current.Id, me.Id);
        return new ConsoleNotice(Labels.Format(CounterText.Recalled, recalled.Number, recalled.RecallCount), Severity.Info);
    };

    public static Func<Desk, Officer, ConsoleNotice> StartServing(QueueEngine engine, Ticket current) => (desk, me) =>
        new ConsoleNotice(Labels.Format(CounterText.ServingStarted, engine.StartServing(desk.Id, current.Id, me.Id).Number), Severity.Info);

    public static Func<Desk, Officer, ConsoleNotice> Finish(QueueEngine engine, Ticket current) => (desk, me) =>
        new ConsoleNotice(Labels.Format(CounterText.Finished, engine.Finish(desk.Id, current.Id, me.Id).Number), Severity.Success);

    public static Func<Desk, Officer, ConsoleNotice> NoShow(QueueEngine engine, Ticket current) => (desk, me) =>
        new ConsoleNotice(Labels.Format(CounterText.MarkedNoShow, engine.MarkNoShow(desk.Id, current.Id, me.Id).Number), Severity.Info);

    public static Func<Desk, Officer, ConsoleNotice> Transfer(QueueEngine engine, Ticket current, Service to, string? note) => (desk, me) =>
        new ConsoleNotice(Labels.Format(CounterText.Transferred, engine.Transfer(desk.Id, current.Id, to.Id, me.Id, note).Number, Labels.Service(to)), Severity.Success);

    public static Func<Desk, Officer, ConsoleNotice> Hold(QueueEngine engine, Ticket current, string? note) => (desk, me) =>
        new ConsoleNotice(Labels.Format(CounterText.HeldDone, engine.Hold(desk.Id, current.Id, me.Id, note).Number), Severity.Info);

    public static Func<Desk, Officer, ConsoleNotice> CallBack(QueueEngine engine, Ticket held) => (desk, me) =>
        new ConsoleNotice(Labels.Format(CounterText.Resumed, engine.Resume(desk.Id, held.Id, me.Id).Number, Labels.Desk(desk)), Severity.Success);

    public static Func<Desk, Officer, ConsoleNotice> PutBack(QueueEngine engine, Ticket gone) => (desk, me) =>
        new ConsoleNotice(Labels.Format(CounterText.Restored, engine.Restore(gone.Id, desk.Id, me.Id).Number), Severity.Info);

    public static Func<Desk, Officer, ConsoleNotice> Pause(QueueEngine engine, PauseReason reason, string? note) => (desk, me) =>
        new ConsoleNotice(Labels.Format(CounterText.DeskPausedDone, CounterLabels.Pause(engine.PauseDesk(desk.Id, reason, note, me.Id).Reason)), Severity.Info);

    public static Func<Desk, Officer, ConsoleNotice> ResumeDesk(QueueEngine engine) => (desk, me) =>
    {
        engine.ResumeDesk(desk.Id, me.Id);
        return new ConsoleNotice(CounterText.DeskResumedDone, Severity.Success);
    };

    private static ConsoleNotice Called(Ticket called, Desk desk) =>
        new(Labels.Format(CounterText.Called, called.Number, Labels.Desk(desk)), Severity.Success);
}
