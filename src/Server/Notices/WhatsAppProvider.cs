using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MppQueue.Core;

namespace MppQueue.Server.Notices;

/// <summary>
/// Sends notices as WhatsApp template messages through the WhatsApp Business Cloud API
/// (POST {ApiBaseUrl}/{PhoneNumberId}/messages): the template registered for the notice's text, in the visitor's
/// language, with the text's parameters in order. A message outside a conversation the visitor started must be a
/// registered template, which is why the words are not sent as they are. The answer's "wamid…" is the message id
/// the status webhook reports on.
/// </summary>
public sealed class WhatsAppProvider(HttpClient http, WhatsAppOptions options, ILogger<WhatsAppProvider> log) : INoticeProvider
{
    // Meta's error codes that say "not now" rather than "never": throttling and its own trouble.
    private static readonly HashSet<int> _tryAgainCodes = [1, 2, 4, 80007, 130429, 131000, 131016, 131048, 131056, 133004];

    // The token or the app's permissions: nothing about this message, so it is tried again (and the log says why) while
    // the MPP renews the token, instead of every notice giving up on WhatsApp at once.
    private static readonly HashSet<int> _credentialCodes = [0, 3, 10, 190];

    // The recipient cannot get it (not on WhatsApp, the window, the user's choices) or the template does not fit.
    private static readonly HashSet<int> _neverCodes = [100, 131008, 131009, 131021, 131026, 131030, 131047, 131049, 131050, 131051, 132000, 132001, 132005, 132007, 132012, 132015, 132016];

    public NoticeChannel Channel => NoticeChannel.WhatsApp;

    public bool IsConfigured => options.IsConfigured;

    public async Task<NoticeSendResult> SendAsync(NoticeDelivery delivery, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!IsConfigured)
        {
            return NoticeSendResult.Failed(null, "WhatsApp is not set up (" + WhatsAppOptions.Section + ").", permanent: true);
        }

        if (delivery.Contact.Phone is not { Length: > 0 } phone)
        {
            return NoticeSendResult.Failed(null, "The visitor gave no phone number.", permanent: true);
        }

        if (!options.Templates.TryGetValue(delivery.TemplateKey, out var template) || string.IsNullOrWhiteSpace(template))
        {
            return NoticeSendResult.Failed(null, $"No WhatsApp template is named for \"{delivery.TemplateKey}\" ({WhatsAppOptions.Section}:Templates:{delivery.TemplateKey}).", permanent: true);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl(options))
        {
            Content = new StringContent(Body(phone, template.Trim(), LanguageCode(delivery.Language), delivery.TemplateParameters), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        var (status, answer, error) = await MessagingHttp.ExchangeAsync(http, request, options.TimeoutSeconds, cancel);
        if (status is null)
        {
            log.LogWarning("WhatsApp notice {Notice} could not be sent: {Error}", delivery.Notice.Id, error);
            return NoticeSendResult.Failed(null, error ?? "No answer.");
        }

        if (status is >= 200 and < 300)
        {
            return NoticeSendResult.Taken(status, JsonPath.Find(answer, "messages.0.id"));
        }

        var result = Refusal(status.Value, answer);
        log.LogWarning("WhatsApp refused notice {Notice} (HTTP {Status}): {Error}", delivery.Notice.Id, status, result.Error);
        return result;
    }

    /// <summary>{ApiBaseUrl}/{PhoneNumberId}/messages.</summary>
    public static Uri MessagesUrl(WhatsAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Uri(options.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/" + Uri.EscapeDataString(options.PhoneNumberId ?? string.Empty) + "/messages");
    }

    /// <summary>The template message as Meta's "Send message" reference writes it.</summary>
    public static string Body(string to, string template, string languageCode, IReadOnlyList<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = new Dictionary<string, object>
        {
            ["name"] = template,
            ["language"] = new Dictionary<string, string> { ["code"] = languageCode },
        };
        if (parameters.Count > 0)
        {
            body["components"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["type"] = "body",

                    // WhatsApp refuses an empty parameter or one with a line break, so those are mended here.
                    ["parameters"] = parameters.Select(p => new Dictionary<string, string> { ["type"] = "text", ["text"] = Parameter(p) }).ToArray(),
                },
            };
        }

        var message = new Dictionary<string, object>
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["to"] = to,
            ["type"] = "template",
            ["template"] = body,
        };
        return JsonSerializer.Serialize(message);
    }

    /// <summary>
    /// What a refusal means: Meta's error code decides where it knows the code, else the HTTP status (4xx but 408 and
    /// 429 cannot be helped by trying again; 5xx can).
    /// </summary>
    public static NoticeSendResult Refusal(int status, string? answer)
    {
        var code = JsonPath.Find(answer, "error.code") is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : (int?)null;
        var message = JsonPath.Find(answer, "error.message");
        var details = JsonPath.Find(answer, "error.error_data.details");
        var said = code is null
            ? "HTTP " + status.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"WhatsApp error {code}: {message}") + (details is { Length: > 0 } && details != message ? " (" + details + ")" : string.Empty);
        if (code is { } refused && (_credentialCodes.Contains(refused) || refused is >= 200 and <= 299))
        {
            return NoticeSendResult.Failed(status, MessagingHttp.Short(said + " — the access token or its permissions were refused; renew " + WhatsAppOptions.Section + ":AccessToken."));
        }

        var permanent = code switch
        {
            { } known when _tryAgainCodes.Contains(known) => false,
            { } known when _neverCodes.Contains(known) => true,
            _ => status is >= 400 and < 500 and not 408 and not 429,
        };
        return NoticeSendResult.Failed(status, MessagingHttp.Short(said), permanent);
    }

    private string LanguageCode(string language) =>
        options.LanguageCodes.TryGetValue(language, out var code) && !string.IsNullOrWhiteSpace(code) ? code.Trim() : language;

    private static string Parameter(string value) => string.IsNullOrWhiteSpace(value) ? "-" : value.ReplaceLineEndings(" ");
}
