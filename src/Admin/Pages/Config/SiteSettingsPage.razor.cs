using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Config;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Pages.Config;

/// <summary>The MPP's own settings: name, time zone, running text and the visitor-facing thresholds (admins only).</summary>
public sealed partial class SiteSettingsPage
{
    private readonly ConfigSave _save = new(["name", "timeZone", "runningText", "postponePlaces", "soonPlaces", "noShowMinRecalls", "noShowGraceMinutes"]);
    private Officer? _actor;
    private Site _original = default!;
    private string? _name;
    private string? _timeZoneId;
    private string? _runningText;
    private int _postponePlaces;
    private int _soonPlaces;
    private int _noShowMinRecalls;
    private int _noShowGraceMinutes;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private CatalogEditor Editor { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = await Current.GetAsync();
        Fill(Engine.Catalog.Site);
    }

    private static string TimeZoneName(string zone) => zone switch
    {
        "Asia/Jakarta" => ConfigText.TimeZoneWib,
        "Asia/Makassar" => ConfigText.TimeZoneWita,
        "Asia/Jayapura" => ConfigText.TimeZoneWit,
        _ => zone,
    };

    private void Fill(Site site)
    {
        _original = site;
        _name = site.Name;
        _timeZoneId = site.TimeZoneId;
        _runningText = site.RunningText;
        _postponePlaces = site.PostponePlaces;
        _soonPlaces = site.SoonPlaces;
        _noShowMinRecalls = site.NoShowMinRecalls;
        _noShowGraceMinutes = site.NoShowGraceMinutes;
    }

    private void OnSave() => _save.Run(_actor, actor =>
    {
        var changed = _original with
        {
            Name = _name ?? string.Empty,
            TimeZoneId = _timeZoneId ?? string.Empty,
            RunningText = _runningText ?? string.Empty,
            PostponePlaces = _postponePlaces,
            SoonPlaces = _soonPlaces,
            NoShowMinRecalls = _noShowMinRecalls,
            NoShowGraceMinutes = _noShowGraceMinutes,
        };
        Fill(Editor.SaveSite(actor, changed, _original));
        return ConfigText.Saved;
    });
}
