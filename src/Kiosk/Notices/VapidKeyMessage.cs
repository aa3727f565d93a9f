namespace MppQueue.Kiosk.Notices;

/// <summary>The server's VAPID public key (base64url), a browser's <c>applicationServerKey</c>.</summary>
public sealed record VapidKeyMessage(string PublicKey);
