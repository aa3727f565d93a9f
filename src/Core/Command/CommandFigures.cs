namespace MppQueue.Core;

/// <summary>
/// The live figures of a service, an agency or the whole building. A desk counts once per service it serves,
/// and once in its agency and the building. Open desks are signed in and not paused; idle desks are the open
/// ones with no ticket at them; closed desks have nobody signed in.
/// </summary>
public sealed record CommandFigures(
    int Waiting,
    TimeSpan? LongestWait,
    int DesksOpen,
    int DesksIdle,
    int DesksPaused,
    int DesksClosed,
    int ServedToday,
    int QuotaLeft,
    int QuotaTotal)
{
    public static CommandFigures Empty { get; } = new(0, null, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Adds up figures; the longest wait is the longest of them.</summary>
    public static CommandFigures Sum(IEnumerable<CommandFigures> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Aggregate(Empty, (sum, part) => new CommandFigures(
            sum.Waiting + part.Waiting,
            Longest(sum.LongestWait, part.LongestWait),
            sum.DesksOpen + part.DesksOpen,
            sum.DesksIdle + part.DesksIdle,
            sum.DesksPaused + part.DesksPaused,
            sum.DesksClosed + part.DesksClosed,
            sum.ServedToday + part.ServedToday,
            sum.QuotaLeft + part.QuotaLeft,
            sum.QuotaTotal + part.QuotaTotal));
    }

    private static TimeSpan? Longest(TimeSpan? a, TimeSpan? b) =>
        a is null ? b : b is null ? a : (a > b ? a : b);
}
