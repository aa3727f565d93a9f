using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>
/// Reads the values of a write's request body the way the rest of the API writes them (local times "09:00", priority
/// group names); a missing or malformed value is the engine's own refusal of an invalid value (400).
/// </summary>
public static class ApiWrites
{
    public static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new QueueException(QueueError.Invalid(field, "—")) : value.Trim();

    public static DateOnly Required(DateOnly? value, string field) =>
        value ?? throw new QueueException(QueueError.Invalid(field, "—"));

    /// <summary>A local time of the site as "HH:mm".</summary>
    public static TimeOnly Time(string? value, string field) =>
        TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new QueueException(QueueError.Invalid(field, value ?? "—"));

    /// <summary>A date as "yyyy-MM-dd".</summary>
    public static DateOnly Date(string? value, string field) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new QueueException(QueueError.Invalid(field, value ?? "—"));

    /// <summary>
    /// Exactly one named priority group, or none: as the kiosk's HTTP API reads it (Enum.TryParse alone would read
    /// "Elderly,Disabled" as a flags combination and "3" as a number).
    /// </summary>
    public static PriorityGroup Priority(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return PriorityGroup.None;
        }

        var name = Enum.GetNames<PriorityGroup>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse<PriorityGroup>(name, out var priority)
            ? priority
            : throw new QueueException(QueueError.Invalid("priority", value));
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
