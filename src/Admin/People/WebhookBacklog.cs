using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>The events waiting for each webhook subscription, counted up to <see cref="Cap"/>, as last read.</summary>
public sealed class WebhookBacklog
{
    /// <summary>How many waiting events are counted per subscription (more show as "1000+").</summary>
    public const int Cap = 1000;

    private readonly Dictionary<string, IReadOnlyList<JournalEntry>> _waiting = new(StringComparer.Ordinal);

    /// <summary>Reads the waiting events of every subscription afresh.</summary>
    public void Load(WebhookAdministration webhooks, IEnumerable<WebhookSubscription> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        ArgumentNullException.ThrowIfNull(subscriptions);
        _waiting.Clear();
        foreach (var subscription in subscriptions)
        {
            _waiting[subscription.Id] = webhooks.Waiting(subscription.Id, Cap);
        }
    }

    /// <summary>A subscription's waiting events, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Of(string subscriptionId) => _waiting.GetValueOrDefault(subscriptionId, []);

    /// <summary>How many events wait, counted up to <see cref="Cap"/>.</summary>
    public int Total(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return Of(subscription.Id).Count;
    }

    /// <summary>How many events wait, "1000+" at the cap.</summary>
    public string Count(WebhookSubscription subscription)
    {
        var count = Total(subscription);
        return count >= Cap ? Cap.ToString(CultureInfo.CurrentCulture) + "+" : count.ToString(CultureInfo.CurrentCulture);
    }
}
