using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Server.Notices;

/// <summary>
/// Sends notices to the browsers that allowed them (Web Push: RFC 8030 with VAPID, RFC 8292, and the message
/// encrypted for the browser, RFC 8291). The push service answers 201 when it took the message; 404 or 410 means the
/// subscription is gone (the visitor revoked it, or the browser dropped it), so the next channel is tried at once.
/// </summary>
public sealed class WebPushProvider : INoticeProvider, IDisposable
{
    /// <summary>The most a Topic header may hold (RFC 8030 §5.4: 32 characters of the URL-safe base64 alphabet).</summary>
    public const int TopicLength = 32;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly VapidKeySource _keys;
    private readonly WebPushOptions _options;
    private readonly NoticeOptions _notices;
    private readonly TimeProvider _time;
    private readonly ILogger<WebPushProvider> _logger;
    private readonly HttpClient _http;
    private readonly PushServiceClient _client;

    public WebPushProvider(VapidKeySource keys, IOptions<WebPushOptions> options, IOptions<NoticeOptions> notices, TimeProvider time, ILogger<WebPushProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(notices);
        _keys = keys;
        _options = options.Value;
        _notices = notices.Value;
        _time = time;
        _logger = logger;

        // Redirects are not followed: a push service (or whoever wrote the endpoint) cannot send the server elsewhere.
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

        // A 429 is the notice service's to retry (with its back-off), not the library's to wait out here.
        _client = new PushServiceClient(_http) { AutoRetryAfter = false };
    }

    public NoticeChannel Channel => NoticeChannel.WebPush;

    public bool IsConfigured => _options.Enabled;

    public async Task<NoticeSendResult> SendAsync(NoticeDelivery delivery, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Contact.Push is not { } push)
        {
            return NoticeSendResult.Failed(null, "NoSubscription: the visitor has no browser subscription.", permanent: true);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            var subscription = new PushSubscription { Endpoint = push.Endpoint };
            subscription.SetKey(PushEncryptionKeyName.P256DH, push.P256dh);
            subscription.SetKey(PushEncryptionKeyName.Auth, push.Auth);
            // One signer per send: the library's key object is not documented as safe to share between threads.
            var keys = _keys.Keys;
            using var vapid = new VapidAuthentication(keys.PublicKey, keys.PrivateKey) { Subject = _options.Subject };
            await _client.RequestPushMessageDeliveryAsync(subscription, Message(delivery), vapid, VapidAuthenticationScheme.Vapid, timeout.Token);
            return NoticeSendResult.Taken((int)HttpStatusCode.Created);
        }
        catch (PushServiceClientException refused)
        {
            var status = (int)refused.StatusCode;
            return NoticeSendResult.Failed(status, Refusal(status, refused.Message), permanent: IsPermanent(status));
        }
        catch (HttpRequestException failed)
        {
            return NoticeSendResult.Failed((int?)failed.StatusCode, OutboundHttp.Describe(failed));
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return NoticeSendResult.Failed(null, "Timeout: the push service did not answer in time.");
        }
        catch (Exception broken) when (broken is CryptographicException or FormatException or ArgumentException or InvalidOperationException)
        {
            // A subscription the browser never gave (keys that are not a P-256 point, an endpoint that is no address):
            // sending it again cannot help.
            _logger.LogWarning("A push subscription could not be used: {Error}", broken.Message);
            return NoticeSendResult.Failed(null, "BadSubscription: " + broken.Message, permanent: true);
        }
    }

    /// <summary>Whether a push service's answer means trying again on this channel cannot help.</summary>
    public static bool IsPermanent(int status) => status is 400 or 403 or 404 or 410 or 413;

    /// <summary>The Topic header for a notice: the same for every send of it, so a resend replaces a copy still waiting at the push service.</summary>
    public static string Topic(string noticeId)
    {
        ArgumentNullException.ThrowIfNull(noticeId);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(noticeId)))[..TopicLength];
    }

    /// <summary>What the browser gets, as JSON (before encryption).</summary>
    public static string Payload(NoticeDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var notice = delivery.Notice;
        var tag = notice.Kind + ":" + (notice.TicketId ?? notice.BookingCode ?? notice.ContactId);
        return JsonSerializer.Serialize(new PushNoticeMessage(delivery.Title, delivery.Body, delivery.RelativeLink, tag, notice.Id, notice.Receipt), Json);
    }

    public void Dispose() => _http.Dispose();

    private PushMessage Message(NoticeDelivery delivery) => new(Payload(delivery))
    {
        Topic = Topic(delivery.Notice.Id),
        TimeToLive = TimeToLive(delivery.Notice),
        Urgency = delivery.Notice.Kind is NoticeKind.Called or NoticeKind.Recalled ? PushMessageUrgency.High : PushMessageUrgency.Normal,
    };

    // Kept by the push service no longer than the notice is worth: at most TtlMinutes, and not past the moment the
    // notice service would give it up (a "called" that arrives an hour late helps nobody).
    private int TimeToLive(Notice notice)
    {
        var ceiling = TimeSpan.FromMinutes(Math.Max(0, _options.TtlMinutes));
        var left = notice.CreatedAt.AddMinutes(_notices.GiveUpAfterMinutes) - _time.GetUtcNow();
        var ttl = left < ceiling ? left : ceiling;
        return (int)Math.Max(0, Math.Floor(ttl.TotalSeconds));
    }

    private static string Refusal(int status, string reason) => status switch
    {
        404 or 410 => string.Create(CultureInfo.InvariantCulture, $"SubscriptionGone: the browser's subscription no longer exists ({status})."),
        _ => string.Create(CultureInfo.InvariantCulture, $"PushService{status}: {reason}"),
    };
}
