using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="NoticeRules"/>, inside its service's document: the kinds turned off, by name.</summary>
internal sealed class NoticeRulesDocument
{
    public List<string> Off { get; set; } = [];

    public int ComeBackMinutes { get; set; }

    public int ComeBackPlaces { get; set; }

    public static NoticeRulesDocument From(NoticeRules rules) => new()
    {
        Off = [.. Enum.GetValues<NoticeKind>().Where(k => !rules.Sends(k)).Select(k => k.ToString())],
        ComeBackMinutes = rules.ComeBackMinutes,
        ComeBackPlaces = rules.ComeBackPlaces,
    };

    public NoticeRules ToRules()
    {
        var rules = NoticeRules.Default with { ComeBackMinutes = ComeBackMinutes, ComeBackPlaces = ComeBackPlaces };
        foreach (var name in Off)
        {
            if (Enum.TryParse<NoticeKind>(name, out var kind))
            {
                rules = rules.With(kind, on: false);
            }
        }

        return rules;
    }
}
