using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Server.Notices;

/// <summary>
/// The WhatsApp and SMS channels: their settings ("MppQueue:Notices:WhatsApp", "MppQueue:Notices:Sms"), checked at
/// start only when the channel is enabled, their providers, and the delivery reports' endpoints.
/// </summary>
public static class MessagingSetup
{
    public static IServiceCollection AddMessagingNotices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        const string wa = WhatsAppOptions.Section + ":";
        services.AddOptions<WhatsAppOptions>()
            .Bind(configuration.GetSection(WhatsAppOptions.Section))
            .Check(o => o.Enabled && string.IsNullOrWhiteSpace(o.PhoneNumberId) ? wa + "PhoneNumberId must be set while " + wa + "Enabled is true (WhatsApp Manager, the number's \"Phone number ID\")." : null)
            .Check(o => o.Enabled && !string.IsNullOrWhiteSpace(o.PhoneNumberId) && !o.PhoneNumberId.Trim().All(char.IsAsciiDigit) ? wa + "PhoneNumberId must be the number's id (digits only), not the phone number with + or spaces." : null)
            .Check(o => o.Enabled && string.IsNullOrWhiteSpace(o.AccessToken) ? wa + "AccessToken must be set while " + wa + "Enabled is true (a system user's permanent token)." : null)
            .Check(o => o.Enabled && !IsSafeApi(o.ApiBaseUrl) ? wa + "ApiBaseUrl must be an https address such as https://graph.facebook.com/v21.0 (http only on this machine)." : null)
            .Check(o => o.TimeoutSeconds is < 0.1 or > 120 ? wa + "TimeoutSeconds must be from 0.1 to 120." : null)
            .Check(o => o.Templates.FirstOrDefault(t => !NoticeTexts.TemplateKeys.Contains(t.Key)) is { Key: { } unknown } ? wa + "Templates:" + unknown + " is not a notice text; the texts are " + string.Join(", ", NoticeTexts.TemplateKeys) + "." : null)
            .Check(o => o.Enabled && !string.IsNullOrEmpty(o.AppSecret) && o.AppSecret.Length < 16 ? wa + "AppSecret must be the Meta app's secret (App settings, Basic, 32 characters)." : null)
            .ValidateOnStart();

        const string sms = SmsGatewayOptions.Section + ":";
        services.AddOptions<SmsGatewayOptions>()
            .Bind(configuration.GetSection(SmsGatewayOptions.Section))
            .Check(o => o.Enabled && !IsWebAddress(o.Url) ? sms + "Url must be the gateway's http or https address while " + sms + "Enabled is true (placeholders such as {to} and {text} may be in it)." : null)
            .Check(o => !(o.IsPost || string.Equals(o.Method, "GET", StringComparison.OrdinalIgnoreCase)) ? sms + "Method must be GET or POST." : null)
            .Check(o => o.IsPost && !o.IsJson && !o.ContentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) ? sms + "ContentType must be application/json or application/x-www-form-urlencoded." : null)
            .Check(o => o.Enabled && o.IsPost && string.IsNullOrWhiteSpace(o.BodyTemplate) ? sms + "BodyTemplate must be set when " + sms + "Method is POST." : null)
            .Check(o => o.Enabled && !Uses(o, "to") ? sms + "Url or BodyTemplate must hold the placeholder {to} (or {to_local}) for the number." : null)
            .Check(o => o.Enabled && !Uses(o, "text") ? sms + "Url or BodyTemplate must hold the placeholder {text} for the message." : null)
            .Check(o => !string.IsNullOrWhiteSpace(o.AuthHeaderName) && !IsHeaderName(o.AuthHeaderName.Trim()) ? sms + "AuthHeaderName must be a header's name such as Authorization or APIKey (no colon, no spaces)." : null)
            .Check(o => o.TimeoutSeconds is < 0.1 or > 120 ? sms + "TimeoutSeconds must be from 0.1 to 120." : null)
            .Check(o => !string.IsNullOrEmpty(o.ReportSecret) && (o.ReportSecret.Length < 16 || !o.ReportSecret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) ? sms + "ReportSecret must be at least 16 letters, digits, - or _ (it is part of the report address)." : null)
            .ValidateOnStart();

        services.AddSingleton<INoticeProvider>(provider => new WhatsAppProvider(
            Client(),
            provider.GetRequiredService<IOptions<WhatsAppOptions>>().Value,
            provider.GetRequiredService<ILogger<WhatsAppProvider>>()));
        services.AddSingleton<INoticeProvider>(provider => new SmsGatewayProvider(
            Client(),
            provider.GetRequiredService<IOptions<SmsGatewayOptions>>().Value,
            provider.GetRequiredService<ILogger<SmsGatewayProvider>>()));
        return services;
    }

    /// <summary>The status webhook of WhatsApp and the SMS gateway's delivery reports (<see cref="NoticeCallbackEndpoints"/>).</summary>
    public static IEndpointRouteBuilder MapNoticeCallbacks(this IEndpointRouteBuilder endpoints) => NoticeCallbackEndpoints.Map(endpoints);

    // One client per provider, as for webhooks: redirects are not followed (a redirect would carry the token elsewhere),
    // a connection that cannot be made fails in 5 s, and each request has its own time limit (TimeoutSeconds).
    private static HttpClient Client() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private static bool IsSafeApi(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && OutboundHttp.IsThisMachine(url)));

    // The address with sample values in its placeholders must be a web address.
    private static bool IsWebAddress(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var sample = SmsPlaceholders.Fill(url, new Dictionary<string, string>(), _ => "x");
        return Uri.TryCreate(sample, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps);
    }

    private static bool Uses(SmsGatewayOptions o, string name) =>
        SmsPlaceholders.Uses(o.Url, name) || (o.IsPost && SmsPlaceholders.Uses(o.BodyTemplate, name)) || (name == "to" && Uses(o, "to_local"));

    private static bool IsHeaderName(string name)
    {
        using var probe = new HttpRequestMessage();
        return name.Length > 0 && name.All(c => c is > ' ' and < '\u007f' and not ':') && probe.Headers.TryAddWithoutValidation(name, "x");
    }
}
