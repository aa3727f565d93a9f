using System.Globalization;
using System.Text;
using MppQueue.Core;

namespace MppQueue.Server.Notices;

/// <summary>
/// Sends notices as text messages through the MPP's SMS gateway, asked the way its options describe
/// (<see cref="SmsGatewayOptions"/>): a GET with the text in the address, or a POST with a JSON or form body. A 2xx
/// answer means the gateway took it; 4xx (but 408 and 429) that it never will; anything else, or no answer, is tried again.
/// </summary>
public sealed class SmsGatewayProvider(HttpClient http, SmsGatewayOptions options, ILogger<SmsGatewayProvider> log) : INoticeProvider
{
    public NoticeChannel Channel => NoticeChannel.Sms;

    public bool IsConfigured => options.IsConfigured;

    public async Task<NoticeSendResult> SendAsync(NoticeDelivery delivery, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!IsConfigured)
        {
            return NoticeSendResult.Failed(null, "SMS is not set up (" + SmsGatewayOptions.Section + ").", permanent: true);
        }

        if (delivery.Contact.Phone is not { Length: > 0 })
        {
            return NoticeSendResult.Failed(null, "The visitor gave no phone number.", permanent: true);
        }

        using var request = Request(options, delivery);
        var (status, answer, error) = await MessagingHttp.ExchangeAsync(http, request, options.TimeoutSeconds, cancel);
        if (status is null)
        {
            log.LogWarning("SMS notice {Notice} could not be sent: {Error}", delivery.Notice.Id, error);
            return NoticeSendResult.Failed(null, error ?? "No answer.");
        }

        if (status is >= 200 and < 300)
        {
            return NoticeSendResult.Taken(status, string.IsNullOrWhiteSpace(options.MessageIdPath) ? null : JsonPath.Find(answer, options.MessageIdPath));
        }

        var permanent = status is >= 400 and < 500 and not 408 and not 429;
        var said = "HTTP " + status.Value.ToString(CultureInfo.InvariantCulture) + (string.IsNullOrWhiteSpace(answer) ? string.Empty : ": " + answer);
        log.LogWarning("The SMS gateway refused notice {Notice}: {Error}", delivery.Notice.Id, MessagingHttp.Short(said));
        return NoticeSendResult.Failed(status, MessagingHttp.Short(said), permanent);
    }

    /// <summary>The gateway's request for one send, with the placeholders filled and escaped for where each is.</summary>
    public static HttpRequestMessage Request(SmsGatewayOptions options, NoticeDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(options);
        var values = SmsPlaceholders.Values(delivery, options.SenderId);
        var url = new Uri(SmsPlaceholders.Fill(options.Url ?? string.Empty, values, SmsPlaceholders.EscapeUrl));
        var request = new HttpRequestMessage(options.IsPost ? HttpMethod.Post : HttpMethod.Get, url);
        if (options.IsPost)
        {
            var mediaType = options.IsJson ? "application/json" : "application/x-www-form-urlencoded";
            var body = SmsPlaceholders.Fill(options.BodyTemplate ?? string.Empty, values, options.IsJson ? SmsPlaceholders.EscapeJson : SmsPlaceholders.EscapeUrl);
            request.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        if (!string.IsNullOrWhiteSpace(options.AuthHeaderName))
        {
            request.Headers.TryAddWithoutValidation(options.AuthHeaderName.Trim(), options.AuthHeaderValue ?? string.Empty);
        }

        return request;
    }
}
