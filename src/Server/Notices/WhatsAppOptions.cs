namespace MppQueue.Server.Notices;

/// <summary>
/// The "MppQueue:Notices:WhatsApp" section: the MPP's WhatsApp Business Cloud API number, its token, the names of the
/// templates it registered for each text, and the secrets of the status webhook (docs/notifications.md).
/// </summary>
public sealed class WhatsAppOptions
{
    public const string Section = "MppQueue:Notices:WhatsApp";

    public bool Enabled { get; set; }

    /// <summary>The Graph API with its version; the messages go to {ApiBaseUrl}/{PhoneNumberId}/messages.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://graph.facebook.com/v21.0");

    /// <summary>The id of the sending number (WhatsApp Manager, "Phone number ID"), not the number itself.</summary>
    public string? PhoneNumberId { get; set; }

    /// <summary>A system user's permanent access token with the whatsapp_business_messaging permission.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The Meta app's secret: the status webhook's requests are signed with it (X-Hub-Signature-256).</summary>
    public string? AppSecret { get; set; }

    /// <summary>The word the MPP typed as "Verify token" when it set up the webhook in the Meta app.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The registered template's name for each text (<see cref="Core.NoticeTexts.TemplateKeys"/>).</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["booking_confirmed"] = "mpp_booking_confirmed",
        ["booking_reminder"] = "mpp_booking_reminder",
        ["come_back"] = "mpp_come_back",
        ["called"] = "mpp_called",
        ["recalled"] = "mpp_recalled",
        ["survey"] = "mpp_survey",
        ["cancelled"] = "mpp_cancelled",
        ["cancelled_booking"] = "mpp_cancelled_booking",
        ["expired"] = "mpp_expired",
    };

    /// <summary>The template language WhatsApp is asked for, per visitor language ("id", "en").</summary>
    public Dictionary<string, string> LanguageCodes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "id",
        ["en"] = "en",
    };

    /// <summary>How long one request to the Cloud API may take.</summary>
    public double TimeoutSeconds { get; set; } = 15;

    /// <summary>Whether messages can be sent: enabled, with the number's id and the token.</summary>
    public bool IsConfigured => Enabled && !string.IsNullOrWhiteSpace(PhoneNumberId) && !string.IsNullOrWhiteSpace(AccessToken);
}
