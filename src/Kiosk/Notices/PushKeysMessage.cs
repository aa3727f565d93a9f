namespace MppQueue.Kiosk.Notices;

/// <summary>The keys of a push subscription, base64url: the browser's P-256 public key and its 16-byte auth secret.</summary>
public sealed record PushKeysMessage(string? P256dh, string? Auth);
