using System.Collections.Immutable;
using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="StaffDay"/>: one document per finished day, keyed by the day, its rows inside.</summary>
internal sealed class StaffDayDocument
{
    /// <summary>The local service day as yyyymmdd.</summary>
    public int Id { get; set; }

    public long BuiltAtUtcTicks { get; set; }

    public List<StaffRowDocument> Rows { get; set; } = [];

    public List<StaffPresenceDocument> Presence { get; set; } = [];

    public static StaffDayDocument From(StaffDay day) => new()
    {
        Id = StorageFormat.ToDay(day.Day),
        BuiltAtUtcTicks = StorageFormat.ToUtcTicks(day.BuiltAt),
        Rows = [.. day.Rows.Select(StaffRowDocument.From)],
        Presence = [.. day.Presence.Select(StaffPresenceDocument.From)],
    };

    public StaffDay ToDay()
    {
        var day = StorageFormat.FromDay(Id);
        return new StaffDay(
            day,
            StorageFormat.FromUtcTicks(BuiltAtUtcTicks),
            [.. Rows.Select(r => r.ToRow(day))],
            [.. Presence.Select(p => p.ToPresence(day))]);
    }
}
