using MppQueue.Core;

namespace MppQueue.Counter.Console;

/// <summary>Where the desk is in a visitor's turn: it decides which move comes next.</summary>
public enum DeskStage
{
    /// <summary>Nobody at the desk: the next visitor is called.</summary>
    Idle,

    /// <summary>The desk is paused: it opens again.</summary>
    Paused,

    /// <summary>A visitor is called and not here yet: service starts when they arrive.</summary>
    Called,

    /// <summary>A visitor is being served: the service ends.</summary>
    Serving,
}

/// <summary>How a move is shown: the next expected step, another move, or one that sends the visitor away.</summary>
public enum ActionWeight
{
    Primary,
    Secondary,
    Destructive,
}

/// <summary>One move the console offers now, with the key that does the same.</summary>
public sealed record DeskAction(DeskCommand Command, string Key, ActionWeight Weight);

/// <summary>
/// Which moves the console offers in each stage and how prominently: exactly one primary move, the step an officer
/// takes next in the visitor's turn (call, start serving, finish, or open the desk again); the other moves that apply
/// beside it; and a no-show apart, since it sends the visitor away. Moves that do not apply are not offered, so the
/// prominent button is never one that would skip a step. Every move has one key, the same in every stage.
/// </summary>
public static class DeskActions
{
    /// <summary>Each move's key, as KeyboardEvent.key names it and as its button shows it.</summary>
    public static string KeyOf(DeskCommand command) => command switch
    {
        DeskCommand.CallNext => "F1",
        DeskCommand.Recall => "F2",
        DeskCommand.StartServing => "F3",
        DeskCommand.Finish => "F4",
        DeskCommand.NoShow => "F6",
        DeskCommand.Transfer => "F7",
        DeskCommand.Hold => "F8",
        DeskCommand.Pause or DeskCommand.ResumeDesk => "F9",
        DeskCommand.ClosePanel => "Escape",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "This command has no key."),
    };

    /// <summary>The stage of the desk a view shows.</summary>
    public static DeskStage StageOf(DeskConsoleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Current?.Status switch
        {
            TicketStatus.Called => DeskStage.Called,
            TicketStatus.Serving => DeskStage.Serving,
            _ when view.State.Paused => DeskStage.Paused,
            _ => DeskStage.Idle,
        };
    }

    /// <summary>The moves of a stage, the primary first, then the others in the order they are shown, the destructive last.</summary>
    public static IReadOnlyList<DeskAction> For(DeskStage stage) => stage switch
    {
        DeskStage.Idle => [Primary(DeskCommand.CallNext)],
        DeskStage.Paused => [Primary(DeskCommand.ResumeDesk)],
        DeskStage.Called =>
        [
            Primary(DeskCommand.StartServing),
            Secondary(DeskCommand.Recall),
            Secondary(DeskCommand.Transfer),
            Secondary(DeskCommand.Hold),
            Secondary(DeskCommand.Finish),
            new DeskAction(DeskCommand.NoShow, KeyOf(DeskCommand.NoShow), ActionWeight.Destructive),
        ],
        DeskStage.Serving =>
        [
            Primary(DeskCommand.Finish),
            Secondary(DeskCommand.Transfer),
            Secondary(DeskCommand.Hold),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    private static DeskAction Primary(DeskCommand command) => new(command, KeyOf(command), ActionWeight.Primary);

    private static DeskAction Secondary(DeskCommand command) => new(command, KeyOf(command), ActionWeight.Secondary);
}
