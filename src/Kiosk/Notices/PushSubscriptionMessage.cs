namespace MppQueue.Kiosk.Notices;

/// <summary>A browser's push subscription as <c>PushSubscription.toJSON()</c> gives it (other fields are ignored).</summary>
public sealed record PushSubscriptionMessage(string? Endpoint, PushKeysMessage? Keys);
