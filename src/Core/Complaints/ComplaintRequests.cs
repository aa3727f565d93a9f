using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MppQueue.Core;

/// <summary>
/// The requests sent to an agency's complaint endpoint. The body names the agency, the service, the ticket's number and
/// day and holds the visitor's words; nothing else of the visitor (no phone, no NIK, no page token) is in any of them.
/// </summary>
public static class ComplaintRequests
{
    /// <summary>The value of the body's <c>channel</c>: where the complaint came from.</summary>
    public const string Channel = "MppQueue";

    /// <summary>The JSON body: title, content, agency, service, ticketNumber, serviceDate, channel.</summary>
    public static string Body(Complaint complaint, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(catalog);
        var agency = catalog.Agencies.GetValueOrDefault(complaint.AgencyId)?.Name ?? complaint.AgencyId;
        var service = catalog.FindService(complaint.ServiceId)?.NameId ?? complaint.ServiceId;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("title", $"Pengaduan layanan {service} di {catalog.Site.Name}");
            json.WriteString("content", complaint.Text);
            json.WriteString("agency", agency);
            json.WriteString("service", service);
            json.WriteString("ticketNumber", complaint.TicketNumber);
            json.WriteString("serviceDate", complaint.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("channel", Channel);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The POST of one complaint, with the agency's token as a bearer token and the complaint's id as
    /// <c>Idempotency-Key</c> (the same on every try, so that the other side can recognise a repeat).
    /// </summary>
    public static HttpRequestMessage Forward(Complaint complaint, ComplaintChannel channel, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(channel);
        var request = new HttpRequestMessage(HttpMethod.Post, channel.Endpoint)
        {
            Content = new StringContent(Body(complaint, catalog), Encoding.UTF8, "application/json"),
        };
        Authorize(request, channel);
        request.Headers.Add("Idempotency-Key", complaint.Id);
        return request;
    }

    /// <summary>The connection test: a harmless GET of the endpoint with the token, sending nothing.</summary>
    public static HttpRequestMessage Test(ComplaintChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var request = new HttpRequestMessage(HttpMethod.Get, channel.Endpoint);
        Authorize(request, channel);
        return request;
    }

    /// <summary>The other side's reference from a 2xx answer's body (<c>{"id": "…"}</c> or a number), or null.</summary>
    public static string? Reference(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("id", out var id))
            {
                return null;
            }

            var text = id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            };
            return text is { Length: > 0 } ? Printable.Echo(text) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Authorize(HttpRequestMessage request, ComplaintChannel channel)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", channel.Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue(Channel, "1"));
    }
}
