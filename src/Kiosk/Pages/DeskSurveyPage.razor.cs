using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Kiosk.Flow;
using MppQueue.Ui;

namespace MppQueue.Kiosk.Pages;

/// <summary>
/// The survey on a desk's tablet, facing the visitor. What it offers, when it thanks and when it gives up are
/// <see cref="DeskSurveyFlow"/>'s; the page knows the signed-in officer, renders the flow and forwards touches.
/// </summary>
public partial class DeskSurveyPage
{
    /// <summary>How long an untouched survey stays open before the tablet gives up on it.</summary>
    public static readonly TimeSpan IdleTimeout = DeskSurveyFlow.IdleTimeout;

    /// <summary>How long "thank you" stays on the screen.</summary>
    public static readonly TimeSpan ThanksShown = DeskSurveyFlow.ThanksShown;

    private DeskSurveyFlow _flow = default!;

    [Parameter]
    public string DeskId { get; set; } = string.Empty;

    [Inject]
    private SurveyService Survey { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    protected override void OnInitialized() => _flow = new DeskSurveyFlow(Engine, Survey, Time, change => InvokeAsync(() =>
    {
        change();
        StateHasChanged();
    }));

    protected override async Task OnInitializedAsync() => _flow.Officer = await Officers.GetAsync();

    protected override void Load() => _flow.Load(DeskId);

    protected override bool Concerns(QueueEvent queueEvent) => DeskSurveyFlow.Concerns(DeskId, queueEvent);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _flow?.Dispose();
        }

        base.Dispose(disposing);
    }
}
