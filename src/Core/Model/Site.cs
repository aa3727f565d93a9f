using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>One MPP building, with its time zone and the rules that hold for all its services.</summary>
public sealed record Site
{
    public const string DefaultId = "site";

    public string Id { get; init; } = DefaultId;

    public required string Name { get; init; }

    /// <summary>IANA id: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).</summary>
    public required string TimeZoneId { get; init; }

    public string RunningText { get; init; } = string.Empty;

    /// <summary>National holidays and collective leave: every service is closed.</summary>
    public ImmutableSortedSet<DateOnly> Holidays { get; init; } = [];

    /// <summary>Recalls a called ticket needs before it may be marked as a no-show.</summary>
    public int NoShowMinRecalls { get; init; } = 1;

    /// <summary>How long a no-show may still be put back into the queue.</summary>
    public int NoShowGraceMinutes { get; init; } = 30;

    /// <summary>How many people a visitor who says "saya terlambat" lets go first (once per ticket).</summary>
    public int PostponePlaces { get; init; } = 3;

    /// <summary>How many people ahead, or fewer, make the visitor's phone say "giliran Anda sebentar lagi".</summary>
    public int SoonPlaces { get; init; } = 3;

    public TimeZoneInfo TimeZone => SiteClock.FindZone(TimeZoneId);
}
