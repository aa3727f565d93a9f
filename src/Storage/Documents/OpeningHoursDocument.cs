namespace MppQueue.Storage.Documents;

/// <summary>One weekday's opening hours inside a <see cref="ServiceDocument"/>; times of day as ticks.</summary>
internal sealed class OpeningHoursDocument
{
    public string Day { get; set; } = string.Empty;

    public long StartTicks { get; set; }

    public long EndTicks { get; set; }
}
