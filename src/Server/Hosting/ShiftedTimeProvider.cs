namespace MppQueue.Server.Hosting;

/// <summary>The system clock moved to start at a chosen instant; it runs at real speed from there.</summary>
public sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _offset = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
