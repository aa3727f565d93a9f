using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Config;
using MppQueue.Core;

namespace MppQueue.Admin.Pages.Config;

/// <summary>The agencies (instansi) serving at the MPP; admins add, rename and deactivate them.</summary>
public sealed partial class AgenciesPage
{
    private IReadOnlyList<Agency> _agencies = [];

    [Inject]
    private NoticeService Notices { get; set; } = default!;

    /// <summary>The channels that have a provider set up on this server (the others are skipped until one is).</summary>
    private IReadOnlySet<NoticeChannel> Configured => Notices.ConfiguredChannels;

    protected override IReadOnlyCollection<string> Fields { get; } = ["name", "shortName", "descriptionId", "descriptionEn", "sortOrder", "complaintUrl", "complaintLabel"];

    protected override void Load() =>
        _agencies = [.. Engine.Catalog.Agencies.Values.OrderBy(a => a.SortOrder).ThenBy(a => a.Name, StringComparer.CurrentCulture)];

    protected override string Save(Officer actor, AgencyDraft draft, Agency? original)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Id.Length == 0)
        {
            draft.Id = CatalogRules.SuggestId(draft.ShortName is { Length: > 0 } ? draft.ShortName : draft.Name, Engine.Catalog.Agencies.Keys, "instansi");
        }

        var agency = new Agency
        {
            Id = draft.Id,
            Name = draft.Name ?? string.Empty,
            ShortName = draft.ShortName ?? string.Empty,
            DescriptionId = draft.DescriptionId ?? string.Empty,
            DescriptionEn = draft.DescriptionEn ?? string.Empty,
            SortOrder = draft.SortOrder,
            Active = draft.Active,
            ComplaintUrl = draft.ComplaintUrl ?? string.Empty,
            ComplaintLabel = draft.ComplaintLabel ?? string.Empty,
            NoticeChannels = draft.NoticeChannels.ToChannels(),
        };
        return Editor.SaveAgency(actor, agency, original).Name;
    }

    private void OnAdd() => Open(null, new AgencyDraft
    {
        SortOrder = _agencies.Count == 0 ? 1 : _agencies.Max(a => a.SortOrder) + 1,

        // Every agency has an SP4N-LAPOR! channel; the national address until the agency names its own.
        ComplaintUrl = DemoMpp.LaporUrl,
    });

    private void OnEdit(Agency agency) => Open(agency, new AgencyDraft
    {
        Id = agency.Id,
        Name = agency.Name,
        ShortName = agency.ShortName,
        DescriptionId = agency.DescriptionId,
        DescriptionEn = agency.DescriptionEn,
        SortOrder = agency.SortOrder,
        Active = agency.Active,
        ComplaintUrl = agency.ComplaintUrl,
        ComplaintLabel = agency.ComplaintLabel,
        NoticeChannels = NoticeChannelOrder.From(agency.NoticeChannels),
    });

    private static string ChannelName(NoticeChannel channel) => NoticeChannelOrder.Name(channel, CultureInfo.CurrentUICulture);

    private static string Channels(Agency agency) => NoticeChannelOrder.Describe(agency.NoticeChannels, CultureInfo.CurrentUICulture);
}
