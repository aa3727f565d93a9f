using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>The booking part of the service form: whether it is open, the limits, the check-in window and the sessions.</summary>
public sealed class BookingDraft
{
    public bool Open { get; set; }

    public int DaysAhead { get; set; } = 14;

    public string? DayBeforeUntil { get; set; } = "16:00";

    public bool RequiresNik { get; set; }

    public int CheckInMinutesBefore { get; set; } = 30;

    public int CheckInMinutesAfter { get; set; } = 30;

    public BookingJoin Join { get; set; }

    public List<SessionDraft> Sessions { get; } = [];

    public static BookingDraft From(BookingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var draft = new BookingDraft
        {
            Open = rules.Open,
            DaysAhead = rules.DaysAhead,
            DayBeforeUntil = ConfigInput.Clock(rules.DayBeforeUntil),
            RequiresNik = rules.RequiresNik,
            CheckInMinutesBefore = rules.CheckInMinutesBefore,
            CheckInMinutesAfter = rules.CheckInMinutesAfter,
            Join = rules.Join,
        };
        if (!rules.Sessions.IsDefaultOrEmpty)
        {
            draft.Sessions.AddRange(rules.Sessions.Select(s => new SessionDraft { Start = ConfigInput.Clock(s.Window.Start), End = ConfigInput.Clock(s.Window.End), Capacity = s.Capacity }));
        }

        return draft;
    }

    public void AddSession()
    {
        var last = Sessions.Count > 0 ? ConfigInput.OptionalTime("booking.sessions", Sessions[^1].End) : null;
        var start = last ?? new TimeOnly(8, 0);
        var end = start.AddHours(1) > start ? start.AddHours(1) : new TimeOnly(23, 59);
        Sessions.Add(new SessionDraft { Start = ConfigInput.Clock(start), End = ConfigInput.Clock(end), Capacity = 10 });
    }

    public BookingRules ToRules() => new()
    {
        Open = Open,
        DaysAhead = DaysAhead,
        DayBeforeUntil = ConfigInput.Time("booking.dayBeforeUntil", DayBeforeUntil),
        RequiresNik = RequiresNik,
        CheckInMinutesBefore = CheckInMinutesBefore,
        CheckInMinutesAfter = CheckInMinutesAfter,
        Join = Join,
        Sessions = [.. Sessions.Select(s => new BookingSession(
            CatalogRules.Hours("booking.sessions", ConfigInput.Time("booking.sessions", s.Start), ConfigInput.Time("booking.sessions", s.End)),
            s.Capacity))],
    };
}

/// <summary>One booking session as typed: its window and its places.</summary>
public sealed class SessionDraft
{
    public string? Start { get; set; }

    public string? End { get; set; }

    public int Capacity { get; set; }
}
