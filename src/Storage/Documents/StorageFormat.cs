using System.Globalization;

namespace MppQueue.Storage.Documents;

/// <summary>
/// How values that LiteDB would store lossily are written: instants as UTC ticks (a BSON date keeps
/// only milliseconds and comes back in local time), days as yyyymmdd and times of day as ticks.
/// </summary>
internal static class StorageFormat
{
    public static long ToUtcTicks(DateTimeOffset instant) => instant.UtcTicks;

    public static long? ToUtcTicks(DateTimeOffset? instant) => instant?.UtcTicks;

    public static DateTimeOffset FromUtcTicks(long ticks) => new(ticks, TimeSpan.Zero);

    public static DateTimeOffset? FromUtcTicks(long? ticks) => ticks is { } t ? FromUtcTicks(t) : null;

    public static int ToDay(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static DateOnly FromDay(int day) => new(day / 10000, day / 100 % 100, day % 100);

    public static long ToTimeTicks(TimeOnly time) => time.Ticks;

    public static long? ToTimeTicks(TimeOnly? time) => time?.Ticks;

    public static TimeOnly FromTimeTicks(long ticks) => new(ticks);

    public static TimeOnly? FromTimeTicks(long? ticks) => ticks is { } t ? new TimeOnly(t) : null;

    public static string ToName<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static string? ToName<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value?.ToString();

    public static TEnum ParseName<TEnum>(string name)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(name, ignoreCase: false);

    public static TEnum? ParseName<TEnum>(string? name, TEnum? none)
        where TEnum : struct, Enum => name is null ? none : Enum.Parse<TEnum>(name, ignoreCase: false);

    /// <summary>The key of a prefix's number counter on one service day, e.g. "20261122:A".</summary>
    public static string CounterKey(DateOnly serviceDate, string prefix) =>
        ToDay(serviceDate).ToString(CultureInfo.InvariantCulture) + ":" + prefix;
}
