using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using MppQueue.Core;

namespace MppQueue.Server.Notices;

/// <summary>
/// The placeholders of an SMS gateway's address and body: {to} (the number as 6281234567890), {to_local} (as
/// 081234567890), {text}, {id} (the notice's id, a client reference for gateways that drop repeats) and {sender}. Each
/// value is escaped for where it goes, in one pass, so a text that itself holds "{to}" stays as it is.
/// </summary>
public static partial class SmsPlaceholders
{
    /// <summary>What the gateway is asked to send: the body, and the page's link when the body does not hold it yet.</summary>
    public static string Text(NoticeDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return delivery.Link is { } link && !delivery.Body.Contains(link.AbsoluteUri, StringComparison.Ordinal)
            ? delivery.Body + " " + link.AbsoluteUri
            : delivery.Body;
    }

    /// <summary>The values of the placeholders for one send, unescaped.</summary>
    public static IReadOnlyDictionary<string, string> Values(NoticeDelivery delivery, string? senderId)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var phone = delivery.Contact.Phone ?? string.Empty;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["to"] = phone,
            ["to_local"] = phone.StartsWith("62", StringComparison.Ordinal) ? "0" + phone[2..] : phone,
            ["text"] = Text(delivery),
            ["id"] = delivery.Notice.Id,
            ["sender"] = senderId ?? string.Empty,
        };
    }

    /// <summary>The template with every placeholder replaced by its value, escaped by <paramref name="escape"/>.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values, Func<string, string> escape)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(escape);
        return Placeholder().Replace(template, match => escape(values.TryGetValue(match.Groups[1].Value, out var value) ? value : string.Empty));
    }

    /// <summary>A value inside a JSON string (between its quotes): quotes, backslashes and control characters escaped.</summary>
    public static string EscapeJson(string value) => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    /// <summary>A value in a URL's query or a form body: percent-encoded (RFC 3986), spaces as %20.</summary>
    public static string EscapeUrl(string value) => Uri.EscapeDataString(value);

    /// <summary>Whether the template uses <paramref name="name"/> ("to", "text").</summary>
    public static bool Uses(string? template, string name) =>
        template is not null && Placeholder().Matches(template).Any(m => m.Groups[1].Value == name);

    [GeneratedRegex(@"\{(to|to_local|text|id|sender)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
