using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace MppQueue.Core;

/// <summary>
/// Reads a configuration record as plain "field: value" pairs, to compare two versions by content (immutable
/// collections compare by reference) and to write what changed into the audit trail.
/// </summary>
public static class CatalogDiff
{
    private const int MaxValueLength = 120;

    /// <summary>
    /// Every public property of the record, formatted invariantly, in declaration order; a service's standard field
    /// by field (<c>standard.procedure</c>), so that the audit names the line of the standard that changed.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Fields<T>(T item)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(item);
        return [.. Properties(typeof(T))
            .SelectMany(p => p.GetValue(item) is ServiceStandard standard
                ? Fields(standard).Select(f => KeyValuePair.Create(Camel(p.Name) + "." + f.Key, f.Value))
                : [KeyValuePair.Create(Camel(p.Name), Format(p.GetValue(item)))])];
    }

    /// <summary>The names <see cref="Fields"/> gives a record of this type, in the same order (how the audit page finds them in a detail).</summary>
    public static IReadOnlyList<string> FieldNames(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [.. Properties(type)
            .SelectMany(p => p.PropertyType == typeof(ServiceStandard)
                ? FieldNames(p.PropertyType).Select(f => Camel(p.Name) + "." + f)
                : [Camel(p.Name)])];
    }

    public static bool SameContent<T>(T? a, T? b)
        where T : class =>
        a is null || b is null ? ReferenceEquals(a, b) : Fields(a).SequenceEqual(Fields(b));

    /// <summary>"field: before → after" for each field that differs; every field of the new one when there was none.</summary>
    public static string Describe<T>(T? before, T after)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(after);
        var now = Fields(after);
        var old = before is null ? null : Fields(before).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var (field, value) in now)
        {
            var previous = old?.GetValueOrDefault(field);
            if (old is not null && previous == value)
            {
                continue;
            }

            if (old is null && value.Length == 0)
            {
                continue;
            }

            text.Append(text.Length == 0 ? string.Empty : "; ").Append(field).Append(": ");
            text.Append(old is null ? Shorten(value) : Shorten(previous ?? string.Empty) + " → " + Shorten(value));
        }

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeRange r => r.ToString(),
        WeeklySchedule w => string.Join(", ", w.Days.OrderBy(d => ((int)d.Key + 6) % 7).Select(d => d.Key.ToString()[..3] + " " + d.Value)),
        DailyQuota q => string.Create(CultureInfo.InvariantCulture, $"{q.Total} (walk-in {Part(q.WalkIn)}, online {Part(q.Online)}, priority {Part(q.Priority)})"),
        PriorityPolicy p => p.Kind == PriorityPolicyKind.PriorityFirst ? p.Kind.ToString() : string.Create(CultureInfo.InvariantCulture, $"{p.Kind} {p.Value}"),
        BookingRules b => Booking(b),
        NoticeRules n => string.Create(CultureInfo.InvariantCulture, $"off [{string.Join(", ", Enum.GetValues<NoticeKind>().Where(k => !n.Sends(k)))}], come back {n.ComeBackMinutes} min / {n.ComeBackPlaces} ahead"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? string.Empty,
    };

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(TimeZoneInfo));

    // Every rule, the sessions last (the longest part, and the one a shortened value loses first); a record's own
    // ToString would name the sessions' type instead of the sessions, so that moving a session compared as no change.
    private static string Booking(BookingRules b) => string.Create(
        CultureInfo.InvariantCulture,
        $"{(b.Open ? "open" : "closed")}, {b.DaysAhead} days, until {b.DayBeforeUntil:HH\\:mm}, NIK {(b.RequiresNik ? "yes" : "no")}, check-in {b.CheckInMinutesBefore}/{b.CheckInMinutesAfter}, {b.Join}, {(b.Sessions.IsDefaultOrEmpty ? "no sessions" : string.Join(" ", b.Sessions.Select(x => x.Window + " x" + x.Capacity.ToString(CultureInfo.InvariantCulture))))}");

    private static string Part(int? part) => part?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Shorten(string value) => value.Length > MaxValueLength ? value[..MaxValueLength] + "…" : value;
}
