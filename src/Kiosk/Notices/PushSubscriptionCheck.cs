using System.Buffers.Text;
using MppQueue.Core;

namespace MppQueue.Kiosk.Notices;

/// <summary>
/// Whether what a page sent is a push subscription a browser could have made: an https address of at most
/// <see cref="MaxEndpointLength"/> characters (plain http only to this machine, for tests), a P-256 public point
/// (65 bytes) and a 16-byte auth secret, base64url. Anything else is refused before it is stored.
/// </summary>
public static class PushSubscriptionCheck
{
    public const int MaxEndpointLength = 2048;

    public const int P256dhLength = 65;

    public const int AuthLength = 16;

    /// <summary>The subscription, or null with the reason in <paramref name="error"/>.</summary>
    public static PushEndpoint? Read(PushSubscriptionMessage? message, out string? error)
    {
        error = null;
        if (message?.Endpoint is not { Length: > 0 and <= MaxEndpointLength } endpoint
            || !Uri.TryCreate(endpoint, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && OutboundHttp.IsThisMachine(url)))
            || url.UserInfo.Length > 0)
        {
            error = NoticeText.ErrorEndpointInvalid;
            return null;
        }

        var p256dh = message.Keys?.P256dh?.TrimEnd('=');
        var auth = message.Keys?.Auth?.TrimEnd('=');
        if (!IsKey(p256dh, P256dhLength) || p256dh![0] != 'B' || !IsKey(auth, AuthLength))
        {
            error = NoticeText.ErrorKeysInvalid;
            return null;
        }

        return new PushEndpoint(url.AbsoluteUri, p256dh, auth!);
    }

    // Base64url of exactly that many bytes. An uncompressed point starts with 0x04, which is "B" in base64url.
    private static bool IsKey(string? text, int bytes) =>
        text is { Length: > 0 and <= 128 } && Base64Url.IsValid(text, out var length) && length == bytes;
}
