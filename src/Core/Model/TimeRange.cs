namespace MppQueue.Core;

/// <summary>A local time span within one day; the end is exclusive and after the start.</summary>
public sealed record TimeRange
{
    public TimeRange(TimeOnly start, TimeOnly end)
    {
        if (end <= start)
        {
            throw new QueueException(QueueError.Invalid("hours", $"{start:HH\\:mm}-{end:HH\\:mm}"));
        }

        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public bool Contains(TimeOnly time) => time >= Start && time < End;

    public override string ToString() => $"{Start:HH\\:mm}-{End:HH\\:mm}";
}
