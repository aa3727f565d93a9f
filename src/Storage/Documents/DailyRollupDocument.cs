using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>
/// The stored shape of <see cref="RollupRow"/>: one finished day's figures for one service, desk and officer.
/// The histograms and the hourly counts are packed into bytes (see <see cref="Pack"/>): a BSON array costs about
/// eight bytes a number, and a year holds tens of thousands of rows.
/// </summary>
internal sealed partial class DailyRollupDocument
{
    /// <summary>The local service day as yyyymmdd (indexed).</summary>
    public int Day { get; set; }

    public string ServiceId { get; set; } = string.Empty;

    public string? DeskId { get; set; }

    public string? OfficerId { get; set; }

    public int Issued { get; set; }

    public int Served { get; set; }

    public int NoShow { get; set; }

    public int Cancelled { get; set; }

    public int Transferred { get; set; }

    public int Unfinished { get; set; }

    public int WithinStandard { get; set; }

    public long WaitTicks { get; set; }

    public byte[] Waits { get; set; } = [];

    public long ServiceTicks { get; set; }

    public byte[] ServiceTimes { get; set; } = [];

    public byte[] IssuedByHour { get; set; } = [];

    public static DailyRollupDocument From(RollupRow row) => new()
    {
        Day = StorageFormat.ToDay(row.Day),
        ServiceId = row.ServiceId,
        DeskId = row.DeskId,
        OfficerId = row.OfficerId,
        Issued = row.Issued,
        Served = row.Served,
        NoShow = row.NoShow,
        Cancelled = row.Cancelled,
        Transferred = row.Transferred,
        Unfinished = row.Unfinished,
        WithinStandard = row.WithinStandard,
        WaitTicks = row.WaitTicks,
        Waits = Pack(row.Waits.Bins, row.Waits.Counts),
        ServiceTicks = row.ServiceTicks,
        ServiceTimes = Pack(row.ServiceTimes.Bins, row.ServiceTimes.Counts),
        IssuedByHour = PackDense(row.IssuedByHour),
    };

    public RollupRow ToRow()
    {
        var (waitBins, waitCounts) = Unpack(Waits);
        var (serviceBins, serviceCounts) = Unpack(ServiceTimes);
        var hours = new int[24];
        var (hourBins, hourCounts) = Unpack(IssuedByHour);
        for (var i = 0; i < hourBins.Length; i++)
        {
            hours[hourBins[i]] = hourCounts[i];
        }

        return new RollupRow
        {
            Day = StorageFormat.FromDay(Day),
            ServiceId = ServiceId,
            DeskId = DeskId,
            OfficerId = OfficerId,
            Issued = Issued,
            Served = Served,
            NoShow = NoShow,
            Cancelled = Cancelled,
            Transferred = Transferred,
            Unfinished = Unfinished,
            WithinStandard = WithinStandard,
            WaitTicks = WaitTicks,
            Waits = new DurationHistogram([.. waitBins], [.. waitCounts]),
            ServiceTicks = ServiceTicks,
            ServiceTimes = new DurationHistogram([.. serviceBins], [.. serviceCounts]),
            IssuedByHour = [.. hours],
        };
    }

    /// <summary>
    /// Non-empty bins as unsigned LEB128 varints: the gap to the previous bin (the first: its index), then its count.
    /// A day's waits of one desk take a few dozen bytes.
    /// </summary>
    internal static byte[] Pack(IReadOnlyList<int> bins, IReadOnlyList<int> counts)
    {
        using var stream = new MemoryStream();
        var previous = 0;
        for (var i = 0; i < bins.Count; i++)
        {
            WriteVarint(stream, bins[i] - previous);
            WriteVarint(stream, counts[i]);
            previous = bins[i];
        }

        return stream.ToArray();
    }

    internal static (int[] Bins, int[] Counts) Unpack(byte[] packed)
    {
        var bins = new List<int>();
        var counts = new List<int>();
        var position = 0;
        var previous = 0;
        while (position < packed.Length)
        {
            previous += ReadVarint(packed, ref position);
            bins.Add(previous);
            counts.Add(ReadVarint(packed, ref position));
        }

        return ([.. bins], [.. counts]);
    }

    private static byte[] PackDense(IReadOnlyList<int> dense)
    {
        var bins = new List<int>();
        var counts = new List<int>();
        for (var i = 0; i < dense.Count; i++)
        {
            if (dense[i] != 0)
            {
                bins.Add(i);
                counts.Add(dense[i]);
            }
        }

        return Pack(bins, counts);
    }

    private static void WriteVarint(MemoryStream stream, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        stream.WriteByte((byte)v);
    }

    private static int ReadVarint(byte[] bytes, ref int position)
    {
        var result = 0;
        var shift = 0;
        while (true)
        {
            var b = bytes[position++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }

            shift += 7;
        }
    }
}
