using Microsoft.AspNetCore.Components;
using MppQueue.Core;

namespace MppQueue.Counter.Components;

/// <summary>
/// The signed-in officer's own staff figures on the console, today and this month (issue 18): read when the console
/// opens, every minute after, and on "Perbarui". Only the officer's own: the filter is their id, never a comparison.
/// </summary>
public sealed partial class MyWorkPanel : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private readonly CancellationTokenSource _stop = new();
    private StaffTotals _today = StaffTotals.Empty;
    private StaffTotals _month = StaffTotals.Empty;

    [Parameter, EditorRequired]
    public string OfficerId { get; set; } = string.Empty;

    [Inject]
    private StaffReportService Staff { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private IEnumerable<(string Key, string Label, StaffTotals Totals)> Rows =>
        [("today", MyWorkText.MyWorkToday, _today), ("month", MyWorkText.MyWorkMonth, _month)];

    protected override void OnParametersSet() => Read();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ = RefreshEveryMinuteAsync();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private void OnRefreshClicked() => Read();

    private string Shown() => string.Join('|', Rows.Select(r => string.Join(
        ';',
        r.Totals.Served,
        MyWork.Rate(r.Totals.ServedPerDutyHour),
        MyWork.Hours(r.Totals.Duty),
        MyWork.Hours(r.Totals.IdleWhileWaiting),
        MyWork.Hours(r.Totals.Paused),
        MyWork.AgainstStandard(r.Totals),
        MyWork.Minutes(r.Totals.CallToStart),
        r.Totals.NoShows)));

    private void Read()
    {
        if (string.IsNullOrEmpty(OfficerId))
        {
            return;
        }

        (_today, _month) = MyWork.Read(Staff, OfficerId);
    }

    private async Task RefreshEveryMinuteAsync()
    {
        using var timer = new PeriodicTimer(Every, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await InvokeAsync(() =>
                {
                    // Only what would show differently is drawn again: a quiet console stays quiet.
                    var before = Shown();
                    Read();
                    if (Shown() != before)
                    {
                        StateHasChanged();
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The console closed.
        }
    }
}
