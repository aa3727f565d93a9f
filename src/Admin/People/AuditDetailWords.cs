using System.Globalization;
using System.Text.RegularExpressions;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>
/// The detail of an audit entry in words (<see cref="AuditWords.Detail"/>): pause reasons, accounts, devices, sizes,
/// webhook subscriptions and tests, API clients, complaint forwarding and configuration changes, read from what the
/// writer recorded; a detail it cannot read is shown as written.
/// </summary>
internal sealed partial class AuditDetailWords(AuditWords words)
{
    private static CultureInfo Culture => AuditWords.Culture;

    /// <summary>The detail as lines of words (none when the action says it all).</summary>
    public IReadOnlyList<string> Describe(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var detail = entry.Detail ?? string.Empty;
        if (detail.Length == 0)
        {
            return [];
        }

        var action = entry.Action;
        if (action.StartsWith("config.", StringComparison.Ordinal))
        {
            return ConfigDetail(action, detail);
        }

        if (action == ApiAudit.Call)
        {
            return ApiCallWords.Detail(words, detail);
        }

        return [action switch
        {
            nameof(QueueEventKind.DeskPaused) => Pause(detail),
            nameof(QueueEventKind.DeskSignedIn) when detail.StartsWith("take-over from ", StringComparison.Ordinal) =>
                Labels.Format(AuditText.TakeOver, words.Actor(detail["take-over from ".Length..])),
            nameof(QueueEventKind.DeskSignedOut) when detail.StartsWith("moved to ", StringComparison.Ordinal) =>
                Labels.Format(AuditText.MovedTo, words.Catalog.FindDesk(detail["moved to ".Length..]) is { } to ? words.DeskName(to) : detail["moved to ".Length..]),
            AuditActions.OfficerCreated or AuditActions.OfficerDisabled or AuditActions.OfficerEnabled or AuditActions.OfficerPasswordReset => Account(detail),
            AuditActions.DeviceRenamed when Split(detail, " → ") is { } renamed => Labels.Format(AuditText.Renamed, renamed.Before, renamed.After),
            AuditActions.DeviceRegistered or AuditActions.DeviceTokenRenewed or AuditActions.DeviceRevoked => Device(detail),
            AuditActions.BackupDownloaded when SizeMatch().Match(detail) is { Success: true } size => Size(size.Groups["bytes"].Value),
            AuditActions.WebhookCreated or AuditActions.WebhookDeleted or AuditActions.ConnectorCreated => Subscription(detail),
            AuditActions.WebhookReplayed when ReplayMatch().Match(detail) is { Success: true } replay =>
                Labels.Format(AuditText.FromSequence, replay.Groups["name"].Value, replay.Groups["sequence"].Value),
            AuditActions.WebhookTested => Tested(detail),
            ApiAudit.ClientCreated when ClientMatch().Match(detail) is { Success: true } client =>
                client.Groups["name"].Value + " (" + words.AgencyOrMpp(client.Groups["agency"].Value) + ": " + Operations(client.Groups["operations"].Value) + ")",
            ComplaintForwarder.ResentAction when ComplaintMatch().Match(detail) is { Success: true } complaint =>
                Labels.Format(AuditText.ComplaintOf, complaint.Groups["number"].Value, AuditWords.Day(complaint.Groups["day"].Value) ?? complaint.Groups["day"].Value, words.AgencyOrMpp(complaint.Groups["agency"].Value)),
            ComplaintForwarder.ForwardingSavedAction or ComplaintForwarder.ForwardingRemovedAction => Forwarding(detail),
            _ => detail,
        }];
    }

    private static (string Before, string After)? Split(string text, string separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? null : (text[..at], text[(at + separator.Length)..]);
    }

    private static string Pause(string detail)
    {
        var parts = Split(detail, ": ");
        var reasonText = parts?.Before ?? detail;
        var note = parts?.After;
        if (!Enum.TryParse<PauseReason>(reasonText, out var reason) || !Enum.IsDefined(reason))
        {
            return detail;
        }

        var words = AuditText.ResourceManager.GetString("Pause_" + reason, Culture) ?? reasonText;
        return note is null
            ? Labels.Format(AuditText.PauseReason, words.ToLower(Culture))
            : Labels.Format(AuditText.PauseReasonNote, words.ToLower(Culture), note);
    }

    private string Account(string detail)
    {
        var match = AccountMatch().Match(detail);
        if (!match.Success || !Enum.TryParse<OfficerRole>(match.Groups["role"].Value, out var role))
        {
            return detail;
        }

        var roleWords = AuditText.ResourceManager.GetString("Role_" + role, Culture) ?? role.ToString();
        return match.Groups["user"].Value + " (" + roleWords
            + (match.Groups["agency"].Success ? ", " + words.AgencyOrMpp(match.Groups["agency"].Value) : string.Empty) + ")";
    }

    private static string Device(string detail)
    {
        var match = AuditWords.DeviceMatch().Match(detail);
        return match.Success && AuditText.ResourceManager.GetString("DeviceKind_" + match.Groups["kind"].Value, Culture) is { } kind
            ? kind + ": " + match.Groups["name"].Value
            : detail;
    }

    private static string Size(string bytes)
    {
        var count = long.Parse(bytes, CultureInfo.InvariantCulture);
        return count switch
        {
            < 1024 => Labels.Format(AuditText.Bytes, count.ToString("N0", Culture)),
            < 1024 * 1024 => Labels.Format(AuditText.Kilobytes, (count / 1024.0).ToString("N0", Culture)),
            _ => Labels.Format(AuditText.Megabytes, (count / (1024.0 * 1024)).ToString("N1", Culture)),
        };
    }

    private string Subscription(string detail)
    {
        var match = SubscriptionMatch().Match(detail);
        if (!match.Success)
        {
            return detail;
        }

        var what = match.Groups["what"].Value;
        return match.Groups["name"].Value + " → " + match.Groups["url"].Value + " ("
            + words.AgencyOrMpp(match.Groups["agency"].Value) + ": " + (what == "*" ? AuditText.AllEvents : what) + ")";
    }

    private static string Tested(string detail)
    {
        if (TestedMatch().Match(detail) is { Success: true } answer)
        {
            return Labels.Format(AuditText.HttpAnswer, answer.Groups["name"].Value, answer.Groups["status"].Value);
        }

        return Split(detail, ": ") is { } failed ? Labels.Format(AuditText.TestFailed, failed.Before, failed.After) : detail;
    }

    private static string Operations(string text) =>
        string.Join(", ", text.Split(", ", StringSplitOptions.RemoveEmptyEntries)
            .Select(o => AuditText.ResourceManager.GetString("Operation_" + o, Culture) ?? o));

    private static string Forwarding(string detail)
    {
        var match = ForwardingMatch().Match(detail);
        if (!match.Success)
        {
            return detail;
        }

        var text = match.Groups["after"].Success
            ? Labels.Format(AuditText.EndpointChanged, match.Groups["before"].Value, match.Groups["after"].Value)
            : Labels.Format(AuditText.EndpointSet, match.Groups["before"].Value);
        return match.Groups["token"].Success ? text + "; " + AuditText.TokenChanged : text;
    }

    private IReadOnlyList<string> ConfigDetail(string action, string detail)
    {
        // A holiday's entry is about its day, which the subject names; its detail is the whole list before and after.
        if (action.StartsWith("config.holiday.", StringComparison.Ordinal))
        {
            return [];
        }

        if (action is SiteLogoService.UploadAction or SiteLogoService.RemoveAction)
        {
            return LogoMatch().Match(detail) is { Success: true } logo
                ? [Labels.Format(AuditText.Image, logo.Groups["type"].Value.ToUpperInvariant(), Size(logo.Groups["bytes"].Value))]
                : [detail];
        }

        var parts = action.Split('.');
        return parts.Length == 3 ? new ConfigChangeWords(words).Describe(parts[1], parts[2] == "create", detail) : [detail];
    }

    [GeneratedRegex(@"^(?<user>\S+) \((?<role>\w+)(?:, (?<agency>[^)]+))?\)$")]
    private static partial Regex AccountMatch();

    [GeneratedRegex(@"^(?<bytes>\d+) bytes$")]
    private static partial Regex SizeMatch();

    [GeneratedRegex(@"^image/(?<type>[\w.+-]+), (?<bytes>\d+) bytes$")]
    private static partial Regex LogoMatch();

    [GeneratedRegex(@"^(?<name>.*) → (?<url>\S+) \((?<agency>[^:()]*): (?<what>.*)\)$")]
    private static partial Regex SubscriptionMatch();

    [GeneratedRegex(@"^(?<name>.*): from sequence (?<sequence>\d+)$")]
    private static partial Regex ReplayMatch();

    [GeneratedRegex(@"^(?<name>.*): HTTP (?<status>\d+)$")]
    private static partial Regex TestedMatch();

    [GeneratedRegex(@"^(?<name>.*) \((?<agency>[^:()]*): (?<operations>[^()]*)\)$")]
    private static partial Regex ClientMatch();

    [GeneratedRegex(@"^ticket (?<number>\S+) \((?<day>[^)]*)\), agency (?<agency>\S+)$")]
    private static partial Regex ComplaintMatch();

    [GeneratedRegex(@"^endpoint: (?<before>.*?)(?: → (?<after>\S+))?(?<token>; token changed)?$")]
    private static partial Regex ForwardingMatch();
}
