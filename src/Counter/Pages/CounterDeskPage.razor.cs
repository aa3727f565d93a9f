using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MppQueue.Core;
using MppQueue.Counter.Components;
using MppQueue.Counter.Console;
using MppQueue.Ui;
using MppQueue.Ui.Components;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Counter.Pages;

/// <summary>
/// One desk's console for the officer who holds it: the visitor at the desk, every move on them, who waits, what was
/// put aside, and today's figures, live. Every move is made as the signed-in officer (the engine refuses anyone who
/// does not hold the desk), runs off the circuit's thread, and disables every action until it returns, so a double
/// click or a key held down never acts twice. The state and the decisions are <see cref="DeskConsole"/>'s.
/// </summary>
public partial class CounterDeskPage
{
    private DeskConsole _console = default!;
    private string? _holderName;
    private KeyboardShortcuts? _keys;
    private readonly ConsoleToasts _toasts = new();

    // The panel shown at the last render, and the button it was opened from, to give focus back when it closes.
    private ConsolePanel _panelShown;
    private string? _panelOpener;

    [Parameter]
    public string DeskId { get; set; } = string.Empty;

    // Only for a message that must outlive the page (leaving the desk goes back to the list): the circuit's snackbar
    // shows it there, in the layout's corner. Every other message is the console's own (ConsoleToasts).
    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private static IReadOnlyList<string> ShortcutKeys => DeskConsoleView.ShortcutKeys;

    private DeskConsoleView View => _console.View;

    private Officer? Me => _console.Me;

    private bool Busy => _console.Busy;

    private DateTimeOffset Now => _console.Now;

    private ConsolePanels Panels => _console.Panels;

    private bool IsHolder => _console.IsHolder;

    private bool CanCallNext => _console.CanCallNext;

    private bool CanPause => CanCallNext;

    private DeskStage Stage => _console.Stage;

    private IReadOnlyList<DeskAction> Actions => _console.Actions;

    private string? NoShowHint => Stage == DeskStage.Called && View.Current!.RecallCount < Engine.Catalog.Site.NoShowMinRecalls
        ? Labels.Format(CounterText.NoShowRule, Engine.Catalog.Site.NoShowMinRecalls)
        : null;

    private string PauseText => View.PauseText;

    /// <summary>
    /// The no-show grace and the day move on without events (the minutes waited count on in the browser): looked at on
    /// the minute, with the officer's own figures (<see cref="Components.MyWorkPanel"/>), on the one shared beat.
    /// </summary>
    protected override TimeSpan? RefreshInterval => TimeSpan.FromMinutes(1);

    // The clock does not show here: the waiting list's minutes and the service timer count on in the browser
    // (counter-timer.js), so the beat renders only when the reload found something else changed.
    protected override object ShownView => (View, _holderName);

    protected override void OnInitialized()
    {
        _console = new DeskConsole(Engine, Officers.GetAsync);
    }

    protected override Task OnInitializedAsync() => _console.IdentifyAsync();

    protected override void Load()
    {
        _console.Read(TakeToday(), DeskId, Time.GetUtcNow());
        _holderName = _console.OtherHolderId is { } holder ? Officers.NameOf(holder) : null;
    }

    protected override bool Concerns(QueueEvent queueEvent) => View.Desk is { } desk && DeskConsoleView.Concerns(desk, queueEvent);

    private Task OnKeyAsync(string key) => MoveAsync(_console.ForKey(key));

    private Task OnActionAsync(DeskCommand command) => MoveAsync(_console.For(command));

    /// <summary>
    /// When a panel closes (confirmed, cancelled, Esc, or its visitor gone), focus goes back to the button that opened
    /// it, or to the visitor's card when that button is gone; never to a move, so a second Enter does nothing.
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // Once per page, not per clock: a clock made by a call (the visitor's card) or by a closed panel (the
            // waiting list) would otherwise load the module again, three messages each way for nothing.
            await BrowserClock.StartAsync(JS);
        }

        if (Panels.Open != ConsolePanel.None)
        {
            if (Panels.Open != _panelShown)
            {
                _panelOpener = OpenerOf(Panels.Open);
            }
        }
        else if (_panelShown != ConsolePanel.None && _keys is not null)
        {
            string[] targets = _panelOpener is null ? ["[data-testid='console-main']"] : [_panelOpener, "[data-testid='console-main']"];
            _panelOpener = null;
            await _keys.RestoreFocusAsync(targets);
        }

        _panelShown = Panels.Open;
    }

    private string? OpenerOf(ConsolePanel panel) => panel switch
    {
        ConsolePanel.Transfer => "[data-testid='transfer']",
        ConsolePanel.Hold => "[data-testid='hold']",
        ConsolePanel.Pause => "[data-testid='pause']",
        ConsolePanel.CallSpecific when Panels.Chosen is { } chosen => $"[data-testid='waiting-row'][data-number='{chosen.Number}']",
        _ => null,
    };

    private Task Open(ConsolePanel panel)
    {
        _console.Open(panel);
        return Task.CompletedTask;
    }

    private void ClosePanel() => Panels.Close();

    private Task OnChooseSpecific(Ticket ticket)
    {
        _console.Choose(ticket);
        return Task.CompletedTask;
    }

    private Task OnSitAsync(bool takeOver) => MoveAsync(DeskMoves.SitDown(Engine, takeOver));

    private Task OnLeaveDeskAsync() => MoveAsync(DeskMoves.Leave(Engine), () => Navigation.NavigateTo(CounterRoutes.Counter), toNextPage: true);

    private Task OnCallSpecificAsync(string? reason) => MoveAsync(_console.CallChosen(reason));

    private Task OnTransferAsync(TransferChoice choice) => MoveAsync(_console.Transfer(choice.Service, choice.Note));

    private Task OnHoldAsync(string? note) => MoveAsync(_console.Hold(note));

    private Task OnCallBackAsync(Ticket held) => MoveAsync(DeskMoves.CallBack(Engine, held));

    private Task OnPutBackAsync(Ticket gone) => MoveAsync(DeskMoves.PutBack(Engine, gone));

    private void CloseToast(long id) => _toasts.Close(id);

    private Task OnPauseAsync(PauseChoice choice) => MoveAsync(DeskMoves.Pause(Engine, choice.Reason, choice.Note));

    /// <summary>Makes one move through the console, says what it came to, and reads the console again.</summary>
    private async Task MoveAsync(Func<Desk, Officer, ConsoleNotice>? move, Action? done = null, bool toNextPage = false)
    {
        var result = await _console.MoveAsync(move);
        if (result.Outcome == MoveOutcome.NotMade)
        {
            return;
        }

        if (result.Notice is { } notice && toNextPage && result.Outcome == MoveOutcome.Made)
        {
            Snackbar.Add(notice.Message, notice.Severity);
        }
        else if (result.Notice is { } shown)
        {
            _toasts.Show(shown);
        }

        if (result.Outcome == MoveOutcome.SignedOut)
        {
            Navigation.NavigateTo(AccountRoutes.SignIn("/" + Navigation.ToBaseRelativePath(Navigation.Uri)), forceLoad: true);
        }
        else if (result.Outcome == MoveOutcome.Made)
        {
            done?.Invoke();
        }

        Load();
    }
}
