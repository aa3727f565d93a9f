using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Server.Notices;

/// <summary>
/// Where providers report what became of a message: WhatsApp's status webhook (GET for Meta's subscription handshake,
/// POST signed with the app secret) and the SMS gateway's delivery reports (POST to an address holding a secret).
/// Each answers 200 to a report it understood, also about a message this server does not know (a provider tries a
/// refused report again for days), 400 to a body it cannot read, and 403 or 404 to the rest, never 500.
/// </summary>
public static class NoticeCallbackEndpoints
{
    public const string WhatsAppPath = "/api/notices/whatsapp";

    public const string SmsPath = "/api/notices/sms/{secret}";

    /// <summary>A report is small; a larger body is not read.</summary>
    public const int MaxBody = 256 * 1024;

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(WhatsAppPath, Verify).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(WhatsAppPath, WhatsAppStatusAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(SmsPath, SmsReportAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Meta's handshake: hub.mode=subscribe and the verify token the MPP typed; the answer is hub.challenge.</summary>
    private static IResult Verify(HttpContext context, IOptions<WhatsAppOptions> options)
    {
        var query = context.Request.Query;
        var token = options.Value.VerifyToken;
        return query["hub.mode"] == "subscribe" && !string.IsNullOrEmpty(token) && SameText(query["hub.verify_token"].ToString(), token)
            ? Results.Text(query["hub.challenge"].ToString(), "text/plain", Encoding.UTF8)
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> WhatsAppStatusAsync(HttpContext context, IOptions<WhatsAppOptions> options, ILoggerFactory logs)
    {
        var log = logs.CreateLogger(typeof(NoticeCallbackEndpoints));
        var secret = options.Value.AppSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return Results.NotFound();
        }

        var body = await ReadAsync(context);
        if (body is null)
        {
            return Results.BadRequest();
        }

        if (!SignedBy(secret, body, context.Request.Headers["X-Hub-Signature-256"].ToString()))
        {
            log.LogWarning("Refused a WhatsApp status report with a wrong or missing signature.");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        List<(string Id, bool Delivered, string? Error)> statuses;
        try
        {
            statuses = WhatsAppStatuses(body);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        var reports = context.RequestServices.GetService<INoticeReports>();
        foreach (var (id, delivered, error) in statuses)
        {
            Report(reports, log, NoticeChannel.WhatsApp, id, delivered, error);
        }

        return Results.Ok();
    }

    private static async Task<IResult> SmsReportAsync(string secret, HttpContext context, IOptions<SmsGatewayOptions> options, ILoggerFactory logs)
    {
        var log = logs.CreateLogger(typeof(NoticeCallbackEndpoints));
        var o = options.Value;
        if (string.IsNullOrEmpty(o.ReportSecret) || !SameText(secret, o.ReportSecret))
        {
            return Results.NotFound();
        }

        var body = await ReadAsync(context);
        if (body is null)
        {
            return Results.BadRequest();
        }

        string? id;
        string? status;
        if (context.Request.HasFormContentType)
        {
            var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
            id = form.TryGetValue(o.ReportMessageIdPath, out var i) ? i.ToString() : null;
            status = form.TryGetValue(o.ReportStatusPath, out var s) ? s.ToString() : null;
        }
        else
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                id = JsonPath.Find(json.RootElement, o.ReportMessageIdPath);
                status = JsonPath.Find(json.RootElement, o.ReportStatusPath);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }
        }

        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(status))
        {
            return Results.BadRequest();
        }

        var delivered = Among(status, o.DeliveredStatuses, SmsGatewayOptions.DefaultDeliveredStatuses);
        var failed = !delivered && Among(status, o.FailedStatuses, SmsGatewayOptions.DefaultFailedStatuses);
        if (delivered || failed)
        {
            Report(context.RequestServices.GetService<INoticeReports>(), log, NoticeChannel.Sms, id.Trim(), delivered, failed ? "The SMS gateway reported " + status.Trim() + "." : null);
        }

        return Results.Ok();
    }

    /// <summary>Whether the body is signed with the app secret: "sha256=" and the hex HMAC-SHA256 of the raw body.</summary>
    public static bool SignedBy(string secret, byte[] body, string? header)
    {
        ArgumentNullException.ThrowIfNull(secret);
        const string Prefix = "sha256=";
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(Prefix.Length).Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body), given);
    }

    /// <summary>
    /// The statuses in a webhook body (entry[].changes[].value.statuses[]): delivered and read count as delivered,
    /// failed with its first error; sent (already known from the answer) is left out.
    /// </summary>
    public static List<(string Id, bool Delivered, string? Error)> WhatsAppStatuses(ReadOnlySpan<byte> body)
    {
        using var json = JsonDocument.Parse(body.ToArray());
        var found = new List<(string, bool, string?)>();
        foreach (var entry in Items(json.RootElement, "entry"))
        {
            foreach (var change in Items(entry, "changes"))
            {
                if (!change.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var status in Items(value, "statuses"))
                {
                    var id = JsonPath.Find(status, "id");
                    var state = JsonPath.Find(status, "status");
                    if (string.IsNullOrEmpty(id))
                    {
                        continue;
                    }

                    if (state is "delivered" or "read")
                    {
                        found.Add((id, true, null));
                    }
                    else if (state == "failed")
                    {
                        found.Add((id, false, FailedBecause(status)));
                    }
                }
            }
        }

        return found;
    }

    private static string FailedBecause(JsonElement status)
    {
        var code = JsonPath.Find(status, "errors.0.code");
        var title = JsonPath.Find(status, "errors.0.title") ?? JsonPath.Find(status, "errors.0.message");
        var details = JsonPath.Find(status, "errors.0.error_data.details");
        var said = code is null ? "WhatsApp reported the message failed." : string.Create(CultureInfo.InvariantCulture, $"WhatsApp error {code}: {title}");
        return MessagingHttp.Short(details is { Length: > 0 } && details != title ? said + " (" + details + ")" : said);
    }

    private static IEnumerable<JsonElement> Items(JsonElement parent, string name)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                yield return item;
            }
        }
    }

    private static void Report(INoticeReports? reports, ILogger log, NoticeChannel channel, string id, bool delivered, string? error)
    {
        if (reports is null)
        {
            log.LogWarning("A {Channel} delivery report for {Id} arrived, but notices are not running.", channel, id);
            return;
        }

        try
        {
            if (!reports.ReportDelivery(channel, id, delivered, error))
            {
                log.LogDebug("A {Channel} delivery report for an unknown message {Id}.", channel, id);
            }
        }
#pragma warning disable CA1031 // A provider would send the report again and again; the store's trouble is logged instead.
        catch (Exception failed)
#pragma warning restore CA1031
        {
            log.LogError(failed, "A {Channel} delivery report for {Id} could not be recorded.", channel, id);
        }
    }

    private static bool Among(string status, List<string> configured, IReadOnlyList<string> defaults) =>
        (configured.Count > 0 ? configured : defaults).Any(word => string.Equals(word.Trim(), status.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool SameText(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>The raw body, or null when it is longer than <see cref="MaxBody"/>.</summary>
    private static async Task<byte[]?> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBody)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBody)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
