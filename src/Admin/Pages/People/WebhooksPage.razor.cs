using Microsoft.AspNetCore.Components;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Ui.Components;
using MppQueue.Ui;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Admin.Pages.People;

/// <summary>
/// Every webhook subscription with its state and waiting events (refreshed every few seconds while delivery runs);
/// create one for a city dashboard or an agency's system and show its signing secret once; for the selected one its
/// dead-letter list, last attempts, replay from a sequence number, pause, resume and delete. Admins only, enforced
/// again by <see cref="WebhookAdministration"/>. The page renders a <see cref="WebhooksBoard"/> and forwards clicks to it.
/// </summary>
public sealed partial class WebhooksPage
{
    private static readonly TimeSpan _refresh = TimeSpan.FromSeconds(5);

    private IDisposable? _beat;
    private WebhooksBoard _board = default!;

    [Inject]
    private WebhookAdministration Webhooks { get; set; } = default!;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private PageBeat Beat { get; set; } = default!;

    private static string RefreshNote => Labels.Format(WebhookText.RefreshNote, (int)_refresh.TotalSeconds);

    private string DeleteLabel => _board.IsConfirmingDelete ? Labels.Format(WebhookText.ActionConfirm, WebhookText.ActionDelete) : WebhookText.ActionDelete;

    public void Dispose() => _beat?.Dispose();

    protected override void OnInitialized()
    {
        _board = new WebhooksBoard(Webhooks, Engine, Current.GetAsync);
        _board.Load();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _beat = Beat.Every(_refresh, () => InvokeAsync(() =>
            {
                _board.Load();
                StateHasChanged();
            }));
        }
    }

    private static Color StateColor(WebhookState state) => state switch
    {
        WebhookState.Stopped => Color.Error,
        WebhookState.Paused => Color.Warning,
        _ => Color.Success,
    };

    private static string StateIcon(WebhookState state) => state switch
    {
        WebhookState.Stopped => Icons.Material.Filled.Error,
        WebhookState.Paused => Icons.Material.Filled.PauseCircle,
        _ => Icons.Material.Filled.CheckCircle,
    };

    private static string? RowStyle(WebhookSubscription hook) =>
        hook.State == WebhookState.Stopped ? "background-color: var(--mud-palette-error-hover); box-shadow: inset 4px 0 0 var(--mud-palette-error)" : null;

    private Task OnCreate() => _board.CreateAsync();

    private Task OnCreateConnector() => _board.CreateConnectorAsync();

    private Task OnTest() => _board.TestAsync();

    private void OnSelect(WebhookSubscription subscription) => _board.Select(subscription);

    private void OnClose() => _board.CloseDetails();

    private Task OnReplay() => _board.ReplayAsync();

    private Task OnTogglePause() => _board.TogglePauseAsync();

    private Task OnDelete() => _board.DeleteAsync();
}
