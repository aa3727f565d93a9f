using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Config;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Pages.Config;

/// <summary>
/// National holidays and collective leave for the whole MPP: every service is closed on them. The model keeps dates
/// only (no names). Adding today stops new tickets at once; tickets already issued today stay as they are.
/// </summary>
public sealed partial class HolidaysPage
{
    private readonly ConfigSave _save = new(["holiday"]);
    private Officer? _actor;
    private IReadOnlyList<DateOnly> _holidays = [];
    private string? _date;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private CatalogEditor Editor { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _actor = await Current.GetAsync();

    protected override void Load() => _holidays = [.. Engine.Catalog.Site.Holidays.Reverse()];

    protected override bool Concerns(QueueEvent queueEvent) => queueEvent.Kind == QueueEventKind.CatalogChanged;

    private void OnAdd() => Act(actor =>
    {
        var day = ConfigInput.Date("holiday", _date);
        Editor.AddHoliday(actor, day);
        _date = null;
        return Labels.Format(ConfigText.HolidayAdded, ConfigInput.LongDay(day));
    });

    private void OnRemove(DateOnly day) => Act(actor =>
    {
        Editor.RemoveHoliday(actor, day);
        return Labels.Format(ConfigText.HolidayRemoved, ConfigInput.LongDay(day));
    });

    private void Act(Func<Officer, string> change)
    {
        if (_save.Run(_actor, change))
        {
            Load();
        }
    }
}
