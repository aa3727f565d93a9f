using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="BookingRules"/>, inside its service's document.</summary>
internal sealed class BookingRulesDocument
{
    public bool Open { get; set; }

    public int DaysAhead { get; set; }

    public long DayBeforeUntilTicks { get; set; }

    public List<BookingSessionDocument> Sessions { get; set; } = [];

    public bool RequiresNik { get; set; }

    public int CheckInMinutesBefore { get; set; }

    public int CheckInMinutesAfter { get; set; }

    public string Join { get; set; } = string.Empty;

    public static BookingRulesDocument From(BookingRules rules) => new()
    {
        Open = rules.Open,
        DaysAhead = rules.DaysAhead,
        DayBeforeUntilTicks = StorageFormat.ToTimeTicks(rules.DayBeforeUntil),
        Sessions = rules.Sessions.IsDefaultOrEmpty ? [] : [.. rules.Sessions.Select(s => new BookingSessionDocument
        {
            StartTicks = StorageFormat.ToTimeTicks(s.Window.Start),
            EndTicks = StorageFormat.ToTimeTicks(s.Window.End),
            Capacity = s.Capacity,
        })],
        RequiresNik = rules.RequiresNik,
        CheckInMinutesBefore = rules.CheckInMinutesBefore,
        CheckInMinutesAfter = rules.CheckInMinutesAfter,
        Join = StorageFormat.ToName(rules.Join),
    };

    public BookingRules ToRules() => new()
    {
        Open = Open,
        DaysAhead = DaysAhead,
        DayBeforeUntil = StorageFormat.FromTimeTicks(DayBeforeUntilTicks),
        Sessions = [.. Sessions.Select(s => new BookingSession(new TimeRange(StorageFormat.FromTimeTicks(s.StartTicks), StorageFormat.FromTimeTicks(s.EndTicks)), s.Capacity))],
        RequiresNik = RequiresNik,
        CheckInMinutesBefore = CheckInMinutesBefore,
        CheckInMinutesAfter = CheckInMinutesAfter,
        Join = string.IsNullOrEmpty(Join) ? BookingJoin.Back : StorageFormat.ParseName<BookingJoin>(Join),
    };
}

internal sealed class BookingSessionDocument
{
    public long StartTicks { get; set; }

    public long EndTicks { get; set; }

    public int Capacity { get; set; }
}
