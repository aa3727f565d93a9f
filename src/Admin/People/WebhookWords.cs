using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>The webhooks page's words for a subscription's event types and state, and for a refusal.</summary>
public static class WebhookWords
{
    public static string TypeNames(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription is { Format: WebhookFormat.BookingTimestamps, Connector: { } connector })
        {
            return Labels.Format(WebhookText.ConnectorTypes, connector.TasksText);
        }

        return subscription.Types.IsEmpty ? WebhookText.TypesAll : string.Join(", ", subscription.Types.Select(t => t.Name()));
    }

    public static string StateName(WebhookState state) => state switch
    {
        WebhookState.Stopped => WebhookText.StateStopped,
        WebhookState.Paused => WebhookText.StatePaused,
        _ => WebhookText.StateActive,
    };

    public static string Refusal(WebhookError error) => error switch
    {
        WebhookError.NameMissing => WebhookText.Error_NameMissing,
        WebhookError.UrlInvalid => WebhookText.Error_UrlInvalid,
        WebhookError.UrlNotHttps => WebhookText.Error_UrlNotHttps,
        WebhookError.UrlOnThisMachine => WebhookText.Error_UrlOnThisMachine,
        WebhookError.UnknownEventType => WebhookText.Error_UnknownEventType,
        WebhookError.UnknownAgency => WebhookText.Error_UnknownAgency,
        WebhookError.TooMany => WebhookText.Error_TooMany,
        WebhookError.NotStopped => WebhookText.Error_NotStopped,
        WebhookError.ConsumerMissing => WebhookText.Error_ConsumerMissing,
        WebhookError.TasksInvalid => WebhookText.Error_TasksInvalid,
        WebhookError.UserKeyTooLong => Labels.Format(WebhookText.Error_UserKeyTooLong, WebhookService.MaxUserKeyLength),
        WebhookError.NameNotPlain => WebhookText.Error_NameNotPlain,
        _ => WebhookText.Error_UnknownWebhook,
    };
}
