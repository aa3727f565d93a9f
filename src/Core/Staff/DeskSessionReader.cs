using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// Reads a day's desk sessions and pauses from the audit entries the engine writes for them
/// (<see cref="QueueEventKind.DeskSignedIn"/> and the others, subject the desk, actor the officer). A sign-in lasts
/// for its day only (<see cref="DeskAccess"/>), so nothing is carried over from the day before.
/// </summary>
public static class DeskSessionReader
{
    private static readonly string SignedIn = nameof(QueueEventKind.DeskSignedIn);
    private static readonly string SignedOut = nameof(QueueEventKind.DeskSignedOut);
    private static readonly string Paused = nameof(QueueEventKind.DeskPaused);
    private static readonly string Resumed = nameof(QueueEventKind.DeskResumed);

    /// <summary>Whether an audit entry is one of a desk's sessions or pauses.</summary>
    public static bool IsDeskEntry(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Action == SignedIn || entry.Action == SignedOut || entry.Action == Paused || entry.Action == Resumed;
    }

    /// <param name="entries">The day's audit entries, oldest first (others than the desks' are skipped).</param>
    /// <param name="until">When sessions and pauses still open end (the end of the day, or now for today).</param>
    /// <param name="openSessionEnd">
    /// Where a session never signed out ends, given its officer, desk and start; for a finished day the caller
    /// picks the later of the officer's last move there and the agency's closing.
    /// </param>
    public static (List<DeskSession> Sessions, List<DeskPause> Pauses) Read(
        IEnumerable<AuditEntry> entries,
        DateTimeOffset until,
        Func<string, string, DateTimeOffset, DateTimeOffset> openSessionEnd)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(openSessionEnd);
        var sessions = new List<DeskSession>();
        var pauses = new List<DeskPause>();
        var holders = new Dictionary<string, (string Officer, DateTimeOffset Since)>(StringComparer.Ordinal);
        var paused = new Dictionary<string, (PauseReason Reason, DateTimeOffset Since)>(StringComparer.Ordinal);

        foreach (var entry in entries.Where(IsDeskEntry).OrderBy(e => e.At))
        {
            var desk = entry.Subject;
            var at = entry.At < until ? entry.At : until;
            if (entry.Action == SignedIn && entry.ActorId is { } officer)
            {
                if (holders.TryGetValue(desk, out var held))
                {
                    if (held.Officer == officer)
                    {
                        continue;
                    }

                    // A take-over ends the other officer's session.
                    sessions.Add(new DeskSession(held.Officer, desk, held.Since, at, SignedOut: true));
                }

                holders[desk] = (officer, at);
            }
            else if (entry.Action == SignedOut)
            {
                if (holders.Remove(desk, out var held))
                {
                    sessions.Add(new DeskSession(held.Officer, desk, held.Since, at, SignedOut: true));
                }
            }
            else if (entry.Action == Paused)
            {
                if (!paused.ContainsKey(desk))
                {
                    paused[desk] = (ReasonOf(entry.Detail), at);
                }
            }
            else if (entry.Action == Resumed && paused.Remove(desk, out var pause))
            {
                pauses.Add(new DeskPause(desk, pause.Reason, pause.Since, at));
            }
        }

        foreach (var (desk, held) in holders)
        {
            var end = openSessionEnd(held.Officer, desk, held.Since);
            end = end > until ? until : end < held.Since ? held.Since : end;
            sessions.Add(new DeskSession(held.Officer, desk, held.Since, end, SignedOut: false));
        }

        foreach (var (desk, pause) in paused)
        {
            pauses.Add(new DeskPause(desk, pause.Reason, pause.Since, until));
        }

        return (sessions, pauses);
    }

    /// <summary>The reason at the start of a pause's detail ("Prayer" or "Other: rapat koordinasi").</summary>
    public static PauseReason ReasonOf(string? detail)
    {
        var name = detail is null ? string.Empty : detail.Split(':', 2)[0].Trim();
        return Enum.TryParse<PauseReason>(name, ignoreCase: false, out var reason) && Enum.IsDefined(reason)
            && !int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? reason
            : PauseReason.Other;
    }
}
