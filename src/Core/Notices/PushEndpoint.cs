namespace MppQueue.Core;

/// <summary>
/// A browser's push subscription (the Push API's <c>PushSubscription</c>): the push service's address for this browser
/// and the keys a message is encrypted for (RFC 8291), both base64url as the browser gives them.
/// </summary>
public sealed record PushEndpoint(string Endpoint, string P256dh, string Auth);
