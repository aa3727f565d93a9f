using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>A day's staff figures: one row per officer and desk, one presence per officer on the roster or signed in.</summary>
public sealed record StaffDay(
    DateOnly Day,
    DateTimeOffset BuiltAt,
    ImmutableArray<StaffRow> Rows,
    ImmutableArray<StaffPresence> Presence);
