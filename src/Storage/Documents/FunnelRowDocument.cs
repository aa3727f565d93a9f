using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="FunnelRow"/>, kept inside its day's <see cref="RollupDayDocument"/>; waits packed as in <see cref="DailyRollupDocument"/>.</summary>
internal sealed class FunnelRowDocument
{
    public string ServiceId { get; set; } = string.Empty;

    /// <summary>The <see cref="VisitChannel"/> by name.</summary>
    public string Channel { get; set; } = string.Empty;

    public int Booked { get; set; }

    public int Cancelled { get; set; }

    public int Expired { get; set; }

    public int CheckedIn { get; set; }

    public int Called { get; set; }

    public int Served { get; set; }

    public long WaitTicks { get; set; }

    public byte[] Waits { get; set; } = [];

    public static FunnelRowDocument From(FunnelRow row) => new()
    {
        ServiceId = row.ServiceId,
        Channel = StorageFormat.ToName(row.Channel),
        Booked = row.Booked,
        Cancelled = row.Cancelled,
        Expired = row.Expired,
        CheckedIn = row.CheckedIn,
        Called = row.Called,
        Served = row.Served,
        WaitTicks = row.WaitTicks,
        Waits = DailyRollupDocument.Pack(row.Waits.Bins, row.Waits.Counts),
    };

    public FunnelRow ToRow()
    {
        var (bins, counts) = DailyRollupDocument.Unpack(Waits);
        return new FunnelRow
        {
            ServiceId = ServiceId,
            Channel = StorageFormat.ParseName<VisitChannel>(Channel),
            Booked = Booked,
            Cancelled = Cancelled,
            Expired = Expired,
            CheckedIn = CheckedIn,
            Called = Called,
            Served = Served,
            WaitTicks = WaitTicks,
            Waits = new DurationHistogram([.. bins], [.. counts]),
        };
    }
}
