using System.Collections.Immutable;
using System.Globalization;

namespace MppQueue.Core;

/// <summary>How a subscription's requests are shaped.</summary>
public enum WebhookFormat
{
    /// <summary>Every event as JSON, signed the Standard Webhooks way (docs/api.md).</summary>
    Standard,

    /// <summary>
    /// The "push timestamps per booking code" connector, the shape national online queues such as BPJS Antrean Online
    /// take: for each ticket that came from a booking, each mapped step as {"kodebooking", "taskid", "waktu"} (the real
    /// time of the move, in Unix milliseconds), with the consumer id, a timestamp and an HMAC signature in the headers.
    /// </summary>
    BookingTimestamps,
}

/// <summary>
/// The settings of a <see cref="WebhookFormat.BookingTimestamps"/> connector: the consumer id and user key the national
/// system gave (its secret is the subscription's <see cref="WebhookSubscription.Secret"/>), and which event is which task.
/// </summary>
public sealed record ConnectorSettings(string ConsumerId, string? UserKey, ImmutableSortedDictionary<JournalEventType, int> TaskIds)
{
    /// <summary>The usual steps: checked in 1, called 2, serving 3, done 4, no-show and cancelled 99.</summary>
    public const string DefaultTasks = "booking.checked_in=1, ticket.called=2, ticket.serving=3, ticket.done=4, ticket.no_show=99, ticket.cancelled=99";

    /// <summary>Reads "type=task, type=task" (commas or new lines); null with the reason when it cannot.</summary>
    public static ImmutableSortedDictionary<JournalEventType, int>? ParseTasks(string? text, out string? problem)
    {
        problem = null;
        var tasks = ImmutableSortedDictionary.CreateBuilder<JournalEventType, int>();
        foreach (var part in (text ?? string.Empty).Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || JournalEventTypes.Parse(pair[0]) is not { } type)
            {
                problem = $"\"{part}\" is not \"event.type=task\".";
                return null;
            }

            if (!int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var task) || task is < 1 or > 999)
            {
                problem = $"The task of {pair[0]} must be a number from 1 to 999.";
                return null;
            }

            tasks[type] = task;
        }

        if (tasks.Count == 0)
        {
            problem = "Name at least one event and its task.";
            return null;
        }

        return tasks.ToImmutable();
    }

    /// <summary>The tasks as "type=task, …", as they are read.</summary>
    public string TasksText => string.Join(", ", TaskIds.Select(t => t.Key.Name() + "=" + t.Value.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>One connection test: when, the answer's status (null when none came), why it failed, how long it took.</summary>
public sealed record ConnectionTest(DateTimeOffset At, int? StatusCode, string? Error, TimeSpan Took)
{
    public bool Passed => Error is null;
}
