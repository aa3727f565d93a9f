using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Components;

namespace MppQueue.Admin.Region;

/// <summary>
/// The regional Command Center: one row per site given to the account, read again on the region's beat
/// (<see cref="RegionReader.Refresh"/>); the hosting site's own moves do not concern it.
/// </summary>
public partial class RegionPage : LiveComponentBase
{
    private Officer? _me;

    [Inject]
    private RegionReader Reader { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    /// <summary>The given sites as last read; null until the account is known.</summary>
    protected RegionToday? Today { get; private set; }

    protected bool AccountInactive { get; private set; }

    protected override TimeSpan? RefreshInterval => Reader.Refresh;

    protected override bool Concerns(QueueEvent queueEvent) => false;

    protected override async Task OnInitializedAsync()
    {
        _me = await Officers.GetAsync();
        AccountInactive = _me is null;
    }

    protected override void Load() =>
        Today = _me is null ? null : Reader.Today(RegionAudience.SitesOf(_me, Reader));

    /// <summary>"As of" in the hosting site's clock, with seconds (the figures are read every few seconds).</summary>
    private string AsOf(DateTimeOffset taken) =>
        SiteClock.ToLocal(taken, Engine.Catalog.Site.TimeZone).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
        + " " + RegionFormat.ZoneName(Engine.Catalog.Site.TimeZoneId);
}
