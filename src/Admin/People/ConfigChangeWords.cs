using System.Globalization;
using System.Text.RegularExpressions;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>
/// A configuration change as the audit page reads it: the "field: before → after" pairs that
/// <see cref="CatalogDiff.Describe"/> recorded, each field by its label ("Aktif") and each value in words ("ya",
/// an agency's name, "Sen 07.30–16.00", the quota and its split, the priority policy, the booking rules).
/// </summary>
public sealed partial class ConfigChangeWords(AuditWords words)
{
    private const string Arrow = " → ";
    private const string Shortened = "…";

    private static readonly Dictionary<string, Type> Kinds = new(StringComparer.Ordinal)
    {
        ["site"] = typeof(Site),
        ["zone"] = typeof(Zone),
        ["agency"] = typeof(Agency),
        ["service"] = typeof(Service),
        ["desk"] = typeof(Desk),
    };

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    /// <summary>Every field a configuration change may name, by the kind of thing changed.</summary>
    public static IEnumerable<string> Fields => Kinds.Values.SelectMany(CatalogDiff.FieldNames).Distinct(StringComparer.Ordinal);

    /// <summary>A field's label in the current language, or null when it has none.</summary>
    public static string? Label(string field) => AuditText.ResourceManager.GetString("Field_" + field, Culture);

    /// <summary>"07.30–16.00" for a recorded "07:30-16:00".</summary>
    public static string Range(string text)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Time(text[..dash]) is { } start && Time(text[(dash + 1)..]) is { } end ? start + "–" + end : text;
    }

    public IReadOnlyList<string> Describe(string kind, bool created, string detail)
    {
        if (!Kinds.TryGetValue(kind, out var type))
        {
            return [detail];
        }

        // Fields are found by their known names, so a "; " inside a value (a running text) does not split it.
        var names = CatalogDiff.FieldNames(type).OrderByDescending(n => n.Length).Select(Regex.Escape);
        var pattern = new Regex("(?:^|; )(" + string.Join("|", names) + "): ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var matches = pattern.Matches(detail);
        if (matches.Count == 0 || matches[0].Index != 0)
        {
            return [detail];
        }

        var lines = new List<string>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var field = matches[i].Groups[1].Value;
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : detail.Length;
            var value = detail[start..end];
            var label = Label(field) ?? field;
            var arrow = created ? -1 : value.IndexOf(Arrow, StringComparison.Ordinal);
            lines.Add(arrow < 0
                ? Labels.Format(AuditText.Value, label, Value(field, value))
                : Labels.Format(AuditText.Change, label, Value(field, value[..arrow]), Value(field, value[(arrow + Arrow.Length)..])));
        }

        return lines;
    }

    private static string? Time(string text) =>
        TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString(UiText.FormatTime, Culture)
            : null;

    private static string Flag(bool on) => on ? AuditText.Yes : AuditText.No;

    private string Value(string field, string recorded)
    {
        if (recorded.Length == 0)
        {
            return field is "fridayBreak" or "cutOff" or "holidays" or "closedDates" ? AuditText.NoneValue : AuditText.Empty;
        }

        var shortened = recorded.EndsWith(Shortened, StringComparison.Ordinal);
        var text = shortened ? recorded[..^Shortened.Length] : recorded;
        var said = text switch
        {
            "True" => AuditText.Yes,
            "False" => AuditText.No,
            _ => field switch
            {
                "agencyId" => words.AgencyOrMpp(text),
                "zoneId" => words.Catalog.Zones.TryGetValue(text, out var zone) ? zone.Name : text,
                "serviceIds" => List(text, shortened, id => words.Catalog.FindService(id) is { } s ? Labels.Service(s) : id),
                "holidays" or "closedDates" => List(text, shortened, d => AuditWords.Day(d) ?? d),
                "hours" => List(text, shortened, Day),
                "fridayBreak" => Range(text),
                "cutOff" => Time(text) ?? text,
                "timeZoneId" => Zone(text),
                "quota" => Quota(text),
                "policy" => Policy(text),
                "notices" => Notices(text),
                "booking" => Booking(text, shortened),
                "noticeChannels" => List(text, shortened, Channel),
                _ => text,
            },
        };
        return shortened ? said + Shortened : said;
    }

    // A shortened list's last item may be cut anywhere (a session of 10 places read as 1): it is left out.
    private static string List(string text, bool shortened, Func<string, string> item)
    {
        var items = text.Split(", ", StringSplitOptions.RemoveEmptyEntries);
        return string.Join(", ", (shortened ? items[..^1] : items).Select(i => item(i.Trim())));
    }

    // "Mon 07:30-16:00" as "Sen 07.30–16.00".
    private static string Day(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space != 3)
        {
            return text;
        }

        var day = Enum.GetValues<DayOfWeek>().Where(d => d.ToString().StartsWith(text[..3], StringComparison.Ordinal)).Cast<DayOfWeek?>().FirstOrDefault();
        return day is { } known ? Culture.DateTimeFormat.AbbreviatedDayNames[(int)known] + " " + Range(text[(space + 1)..]) : text;
    }

    private static string Zone(string id) => id switch
    {
        "Asia/Jakarta" => "WIB (" + id + ")",
        "Asia/Makassar" => "WITA (" + id + ")",
        "Asia/Jayapura" => "WIT (" + id + ")",
        _ => id,
    };

    private static string Channel(string name) =>
        AuditText.ResourceManager.GetString("Channel_" + name, Culture) ?? name;

    // "150 per hari", or with its split: "120 per hari (datang langsung 80, online 40)"; a part not split is left out.
    private static string Quota(string text)
    {
        var match = QuotaMatch().Match(text);
        if (!match.Success)
        {
            return text;
        }

        var total = match.Groups["total"].Value;
        var parts = new[] { (AuditText.QuotaWalkIn, "walkIn"), (AuditText.QuotaOnline, "online"), (AuditText.QuotaPriority, "priority") }
            .Where(p => match.Groups[p.Item2].Value != "-")
            .Select(p => Labels.Format(p.Item1, match.Groups[p.Item2].Value))
            .ToList();
        var day = Labels.Format(AuditText.Quota, total.Length == 0 ? AuditText.QuotaNone : total);
        return parts.Count == 0 ? day : day + " (" + string.Join(", ", parts) + ")";
    }

    private static string Policy(string text)
    {
        var match = PolicyMatch().Match(text);
        return !match.Success ? text : match.Groups["kind"].Value switch
        {
            nameof(PriorityPolicyKind.PriorityFirst) => AuditText.PolicyPriorityFirst,
            nameof(PriorityPolicyKind.Ratio) => Labels.Format(AuditText.PolicyRatio, match.Groups["value"].Value),
            nameof(PriorityPolicyKind.Ageing) => Labels.Format(AuditText.PolicyAgeing, match.Groups["value"].Value),
            _ => text,
        };
    }

    private static string Notices(string text)
    {
        var match = NoticesMatch().Match(text);
        if (!match.Success)
        {
            return text;
        }

        var off = match.Groups["off"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries)
            .Select(k => NoticeAdminText.ResourceManager.GetString("Kind_" + k, Culture) ?? k)
            .ToList();
        var sent = off.Count == 0 ? AuditText.NoticesAllOn : Labels.Format(AuditText.NoticesOff, string.Join(", ", off));
        return sent + "; " + Labels.Format(AuditText.NoticesComeBack, match.Groups["minutes"].Value, match.Groups["places"].Value);
    }

    // The rules as recorded now ("open, 14 days, until 16:00, NIK no, check-in 30/30, Back, 08:00-09:00 x10 …"), or as a
    // record's ToString recorded them before ("BookingRules { Open = True, DaysAhead = 14, … }", without the sessions).
    private static string Booking(string text, bool shortened)
    {
        if (BookingMatch().Match(text) is { Success: true } rules)
        {
            var sessions = rules.Groups["sessions"].Value;
            return Rules(rules.Groups["open"].Value == "open", rules.Groups["days"].Value, rules.Groups["until"].Value, rules.Groups["nik"].Value == "yes",
                rules.Groups["before"].Value, rules.Groups["after"].Value, rules.Groups["join"].Value,
                sessions == "no sessions" ? AuditText.BookingNoSessions : Sessions(sessions, shortened));
        }

        if (!text.StartsWith("BookingRules {", StringComparison.Ordinal))
        {
            return text;
        }

        var old = OldBookingMatch().Matches(text).GroupBy(m => m.Groups["key"].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Groups["value"].Value.Trim(), StringComparer.Ordinal);
        return old.TryGetValue("Open", out var open)
            ? Rules(open == "True", old.GetValueOrDefault("DaysAhead"), old.GetValueOrDefault("DayBeforeUntil"), old.GetValueOrDefault("RequiresNik") is { } nik ? nik == "True" : null,
                old.GetValueOrDefault("CheckInMinutesBefore"), old.GetValueOrDefault("CheckInMinutesAfter"), old.GetValueOrDefault("Join"), null)
            : text;
    }

    private static string Sessions(string text, bool shortened)
    {
        var sessions = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Chunk(2).ToList();
        return string.Join(", ", (shortened ? sessions[..^1] : sessions).Select(Session));
    }

    private static string Session(string[] pair) =>
        pair.Length == 2 && pair[1].StartsWith('x') ? Labels.Format(AuditText.BookingSession, Range(pair[0]), pair[1][1..]) : string.Join(' ', pair);

    // A record shortened in the log may miss its last rules: what is there is read, the rest left out.
    private static string Rules(bool open, string? days, string? until, bool? nik, string? before, string? after, string? join, string? sessions)
    {
        if (!open)
        {
            return AuditText.BookingClosed;
        }

        var parts = new List<string?>
        {
            AuditText.BookingOpen,
            days is null ? null : Labels.Format(AuditText.BookingDays, days),
            until is null ? null : Labels.Format(AuditText.BookingUntil, Time(until) ?? until),
            nik is null ? null : nik.Value ? AuditText.BookingNik : AuditText.BookingNoNik,
            before is null || after is null ? null : Labels.Format(AuditText.BookingCheckIn, before, after),
            join is null ? null : join == nameof(BookingJoin.Back) ? AuditText.BookingJoinBack : AuditText.BookingJoinAhead,
            sessions,
        };
        return string.Join(", ", parts.OfType<string>());
    }

    [GeneratedRegex(@"^(?<total>\d*) \(walk-in (?<walkIn>\S+), online (?<online>\S+), priority (?<priority>\S+)\)$")]
    private static partial Regex QuotaMatch();

    [GeneratedRegex(@"^(?<kind>\w+)(?: (?<value>\d+))?$")]
    private static partial Regex PolicyMatch();

    [GeneratedRegex(@"^off \[(?<off>[^\]]*)\], come back (?<minutes>\d+) min / (?<places>\d+) ahead$")]
    private static partial Regex NoticesMatch();

    [GeneratedRegex(@"^(?<open>open|closed), (?<days>\d+) days, until (?<until>\d\d:\d\d), NIK (?<nik>yes|no), check-in (?<before>\d+)/(?<after>\d+), (?<join>\w+), (?<sessions>.*)$")]
    private static partial Regex BookingMatch();

    [GeneratedRegex(@"(?<key>\w+) = (?<value>[^,}]+)")]
    private static partial Regex OldBookingMatch();
}
