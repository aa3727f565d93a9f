namespace MppQueue.Server.Notices;

/// <summary>The "MppQueue:Notices:WebPush" section: notices to the browsers that allowed them (docs/notifications.md).</summary>
public sealed class WebPushOptions
{
    public const string Section = "MppQueue:Notices:WebPush";

    public bool Enabled { get; set; } = true;

    /// <summary>Who runs this server, for the push services (RFC 8292's "sub"): a mailto: or an https: address.</summary>
    public string Subject { get; set; } = "mailto:admin@mpp.example";

    /// <summary>How long a push service keeps a notice for a phone that is off, at most (less when the notice would be given up sooner).</summary>
    public int TtlMinutes { get; set; } = 60;

    /// <summary>How long one send to a push service may take.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Why <paramref name="subject"/> cannot be a VAPID subject, or null when it can.</summary>
    public static string? SubjectProblem(string? subject)
    {
        const string Rule = Section + ":Subject must be a mailto: address (mailto:admin@mpp.example) or an https: address";
        if (string.IsNullOrWhiteSpace(subject) || subject.Any(c => c is '"' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return Rule + " without spaces or quotes.";
        }

        if (subject.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return subject.Length > "mailto:".Length + 2 && subject.IndexOf('@', StringComparison.Ordinal) > "mailto:".Length ? null : Rule + ".";
        }

        return Uri.TryCreate(subject, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps ? null : Rule + ".";
    }
}
