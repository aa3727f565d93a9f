using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MppQueue.Core;

/// <summary>Builds a subscription's HTTP requests in its <see cref="WebhookFormat"/>, and judges the answers.</summary>
public static class WebhookRequests
{
    /// <summary>The request that delivers one event.</summary>
    public static HttpRequestMessage For(WebhookSubscription subscription, JournalEntry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(entry);
        if (subscription is { Format: WebhookFormat.BookingTimestamps, Connector: { } connector })
        {
            var body = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["kodebooking"] = entry.BookingCode ?? string.Empty,
                ["taskid"] = connector.TaskIds[entry.Type],
                ["waktu"] = entry.At.ToUnixTimeMilliseconds(),
            });
            var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            AddConsumerHeaders(request, subscription, connector, now);
            return request;
        }

        var standard = Signed(subscription, entry.EventId, WebhookService.Body(entry), entry.Type.Name(), now);
        standard.Headers.Add("MppQueue-Sequence", entry.Sequence.ToString(CultureInfo.InvariantCulture));
        return standard;
    }

    /// <summary>
    /// The request of a connection test: for a webhook a signed "ping" (type "webhook.test", no data of the MPP); for a
    /// connector a signed GET of its address, which changes nothing at the other end.
    /// </summary>
    public static HttpRequestMessage Test(WebhookSubscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription is { Format: WebhookFormat.BookingTimestamps, Connector: { } connector })
        {
            var get = new HttpRequestMessage(HttpMethod.Get, subscription.Url);
            AddConsumerHeaders(get, subscription, connector, now);
            return get;
        }

        var id = "test_" + Tokens.NewId();
        var body = "{\"id\":\"" + id + "\",\"type\":\"webhook.test\",\"occurredAt\":\"" + now.ToString("O", CultureInfo.InvariantCulture) + "\",\"data\":{}}";
        return Signed(subscription, id, body, "webhook.test", now);
    }

    /// <summary>A POST of <paramref name="body"/> with the Standard Webhooks headers and the event's type.</summary>
    private static HttpRequestMessage Signed(WebhookSubscription subscription, string id, string body, string type, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(subscription.Secret, id, timestamp, body));
        request.Headers.Add("MppQueue-Event", type);
        return request;
    }

    /// <summary>
    /// Why an answer is a failure, or null for a success: any status outside 2xx; for a connector also a JSON answer whose
    /// "metadata.code" is neither 200 nor 208 (already received), as national queue services answer with HTTP 200.
    /// </summary>
    public static async Task<string?> FailureOf(WebhookSubscription subscription, HttpResponseMessage response, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(response);
        if (!response.IsSuccessStatusCode)
        {
            return $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }

        if (subscription.Format != WebhookFormat.BookingTimestamps || response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
        try
        {
            using var json = JsonDocument.Parse(text.Length > 65_536 ? text[..65_536] : text);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("metadata", out var metadata)
                && metadata.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.Number
                && code.GetInt32() is not (200 or 208))
            {
                var message = metadata.TryGetProperty("message", out var m) ? m.ToString() : string.Empty;
                return $"Refused: {code.GetInt32()} {message}".TrimEnd();
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the status decides.
        }

        return null;
    }

    /// <summary>x-cons-id, x-timestamp (Unix seconds), x-signature = base64 HMAC-SHA256 of "consId&amp;timestamp" under the secret, and user_key when given.</summary>
    private static void AddConsumerHeaders(HttpRequestMessage request, WebhookSubscription subscription, ConnectorSettings connector, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(subscription.Secret), Encoding.UTF8.GetBytes(connector.ConsumerId + "&" + timestamp)));
        request.Headers.Add("x-cons-id", connector.ConsumerId);
        request.Headers.Add("x-timestamp", timestamp);
        request.Headers.Add("x-signature", signature);
        if (!string.IsNullOrEmpty(connector.UserKey))
        {
            request.Headers.Add("user_key", connector.UserKey);
        }
    }
}
