using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui.Components;

namespace MppQueue.Counter.Components;

/// <summary>
/// The signed-in officer's own staff figures on the console, today and this month (issue 18): read when the console
/// opens, every minute after, and on "Perbarui". Only the officer's own: the filter is their id, never a comparison.
/// </summary>
public sealed partial class MyWorkPanel : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private IDisposable? _beat;
    private StaffTotals _today = StaffTotals.Empty;
    private StaffTotals _month = StaffTotals.Empty;

    [Parameter, EditorRequired]
    public string OfficerId { get; set; } = string.Empty;

    [Inject]
    private StaffReportService Staff { get; set; } = default!;

    [Inject]
    private PageBeat Beat { get; set; } = default!;

    /// <summary>Each figure: its key, its name, and how it reads from a period's totals.</summary>
    private static IEnumerable<(string Key, string Label, Func<StaffTotals, string> Value)> Lines =>
    [
        ("served", MyWorkText.MyWorkServed, t => t.Served.ToString(System.Globalization.CultureInfo.CurrentCulture)),
        ("per-hour", MyWorkText.MyWorkPerHour, t => MyWork.Rate(t.ServedPerDutyHour)),
        ("duty", MyWorkText.MyWorkDuty, t => MyWork.Hours(t.Duty)),
        ("idle", MyWorkText.MyWorkIdle, t => MyWork.Hours(t.IdleWhileWaiting)),
        ("paused", MyWorkText.MyWorkPaused, t => MyWork.Hours(t.Paused)),
        ("service", MyWorkText.MyWorkService, MyWork.AgainstStandard),
        ("call-to-start", MyWorkText.MyWorkCallToStart, t => MyWork.Minutes(t.CallToStart)),
        ("no-shows", MyWorkText.MyWorkNoShows, t => t.NoShows.ToString(System.Globalization.CultureInfo.CurrentCulture)),
    ];

    protected override void OnParametersSet() => Read();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _beat = Beat.Every(Every, OnMinute);
        }
    }

    public void Dispose() => _beat?.Dispose();

    private void OnRefreshClicked() => Read();

    private string Shown() => string.Join('|', Lines.Select(l => l.Value(_today) + ";" + l.Value(_month)));

    private void Read(bool latest = true)
    {
        if (string.IsNullOrEmpty(OfficerId))
        {
            return;
        }

        (_today, _month) = MyWork.Read(Staff, OfficerId, latest);
    }

    private Task OnMinute() => InvokeAsync(() =>
    {
        // Only what would show differently is drawn again: a quiet console stays quiet.
        var before = Shown();
        Read(latest: false);
        if (Shown() != before)
        {
            StateHasChanged();
        }
    });
}
