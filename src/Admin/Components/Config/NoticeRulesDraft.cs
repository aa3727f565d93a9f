using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>A service's notice rules while a person edits them: a switch per kind and the two "come back now" numbers.</summary>
public sealed class NoticeRulesDraft
{
    private readonly Dictionary<NoticeKind, bool> _sends = [];

    /// <summary>The kinds in the order the form lists them: a ticket's day first, then a booking's.</summary>
    public static IReadOnlyList<NoticeKind> Kinds { get; } =
    [
        NoticeKind.ComeBack, NoticeKind.Called, NoticeKind.Recalled, NoticeKind.Survey, NoticeKind.Cancelled,
        NoticeKind.BookingConfirmed, NoticeKind.BookingReminder, NoticeKind.Expired,
    ];

    public int ComeBackMinutes { get; set; }

    public int ComeBackPlaces { get; set; }

    public static NoticeRulesDraft From(NoticeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var draft = new NoticeRulesDraft { ComeBackMinutes = rules.ComeBackMinutes, ComeBackPlaces = rules.ComeBackPlaces };
        foreach (var kind in Kinds)
        {
            draft._sends[kind] = rules.Sends(kind);
        }

        return draft;
    }

    public bool Sends(NoticeKind kind) => _sends.GetValueOrDefault(kind);

    public void Set(NoticeKind kind, bool on) => _sends[kind] = on;

    /// <summary>The rules as typed; their range is checked where the service is saved (CatalogRules).</summary>
    public NoticeRules ToRules() =>
        Kinds.Aggregate(NoticeRules.Default with { ComeBackMinutes = ComeBackMinutes, ComeBackPlaces = ComeBackPlaces }, (rules, kind) => rules.With(kind, Sends(kind)));

    /// <summary>What a kind's switch says ("Dipanggil ke loket").</summary>
    public static string KindName(NoticeKind kind, CultureInfo culture) =>
        NoticeAdminText.ResourceManager.GetString("Kind_" + kind, culture) ?? kind.ToString();
}
