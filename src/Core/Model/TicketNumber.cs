using System.Globalization;

namespace MppQueue.Core;

/// <summary>A ticket's number as shown to people: the service prefix plus a daily sequence, e.g. A012 or SK012.</summary>
public readonly record struct TicketNumber
{
    public const int MaxSequence = 9999;

    public TicketNumber(string prefix, int sequence)
    {
        Prefix = TicketPrefix.Normalize(prefix);
        if (sequence is < 1 or > MaxSequence)
        {
            throw new QueueException(QueueError.Invalid("sequence", sequence.ToString(CultureInfo.InvariantCulture)));
        }

        Sequence = sequence;
    }

    public string Prefix { get; }

    public int Sequence { get; }

    public override string ToString() => Prefix + Sequence.ToString("D3", CultureInfo.InvariantCulture);
}
