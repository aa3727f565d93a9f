using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Counter.Components;
using MppQueue.Counter.Console;
using MppQueue.Counter.Text;
using MppQueue.Ui;
using MppQueue.Ui.Components;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Counter.Pages;

/// <summary>
/// One desk's console for the officer who holds it: the visitor at the desk, every move on them, who waits, what was
/// put aside, and today's figures, live. Every move is made as the signed-in officer (the engine refuses anyone who
/// does not hold the desk), runs off the circuit's thread, and disables every action until it returns, so a double
/// click or a key held down never acts twice.
/// </summary>
public partial class CounterDeskPage
{
    private DeskConsoleView _view = DeskConsoleView.None(null);
    private Officer? _me;
    private string? _holderName;
    private DateTimeOffset _now;
    private bool _busy;
    private readonly ConsolePanels _panels = new();

    [Parameter]
    public string DeskId { get; set; } = string.Empty;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private static IReadOnlyList<string> ShortcutKeys => DeskConsoleView.ShortcutKeys;

    private bool IsHolder => _view.IsHolder(_me);

    private bool HasTicket => _view.HasTicket(_me, _busy);

    private bool IsCalled => _view.IsCalled(_me, _busy);

    private bool CanCallNext => _view.CanCallNext(_me, _busy);

    private bool CanPause => CanCallNext;

    private string PauseText => _view.PauseText;

    /// <summary>The minutes waited and the no-show grace move on without events.</summary>
    protected override TimeSpan? RefreshInterval => TimeSpan.FromSeconds(30);

    // The minutes waited are counted from the clock of the last reload: every beat renders, an event only when it moved something here.
    protected override object ShownView => (_view, _holderName, _now.Ticks / RefreshInterval!.Value.Ticks);

    protected override async Task OnInitializedAsync() => _me = await Officers.GetAsync();

    protected override void Load()
    {
        var before = _view.Desk?.Id;
        _now = Time.GetUtcNow();
        _view = DeskConsoleView.Read(TakeToday(), DeskId, _me, _now);
        _panels.Follow(before, _view);

        _holderName = _view.HolderId is null || _view.HolderId == _me?.Id ? null : Officers.NameOf(_view.HolderId);
    }

    protected override bool Concerns(QueueEvent queueEvent) => _view.Desk is { } desk && DeskConsoleView.Concerns(desk, queueEvent);

    private Task OnKeyAsync(string key)
    {
        var command = _view.CommandFor(key, _me, _busy);
        if (command == DeskCommand.ClosePanel)
        {
            ClosePanel();
        }

        if (_panels.Open != ConsolePanel.None)
        {
            // While a panel is open, its own controls take the keys.
            return Task.CompletedTask;
        }

        return command switch
        {
            DeskCommand.CallNext => OnCallNextAsync(),
            DeskCommand.Recall => OnRecallAsync(),
            DeskCommand.StartServing => OnStartServingAsync(),
            DeskCommand.Finish => OnFinishAsync(),
            DeskCommand.NoShow => OnNoShowAsync(),
            DeskCommand.Transfer => Open(ConsolePanel.Transfer),
            DeskCommand.Hold => Open(ConsolePanel.Hold),
            DeskCommand.ResumeDesk => OnResumeDeskAsync(),
            DeskCommand.Pause => Open(ConsolePanel.Pause),
            _ => Task.CompletedTask,
        };
    }

    private Task Open(ConsolePanel panel)
    {
        _panels.Show(panel, _view.Current);
        return Task.CompletedTask;
    }

    private void ClosePanel() => _panels.Close();

    private Task OnChooseSpecific(Ticket ticket)
    {
        _panels.Choose(ticket, _view.Current);
        return Task.CompletedTask;
    }

    private Task OnSitAsync(bool takeOver) => MoveAsync(DeskMoves.SitDown(Engine, takeOver));

    private Task OnLeaveDeskAsync() => MoveAsync(DeskMoves.Leave(Engine), () => Navigation.NavigateTo(CounterRoutes.Counter));

    private Task OnCallNextAsync() => MoveAsync(DeskMoves.CallNext(Engine));

    private Task OnCallSpecificAsync(string? reason) => _panels.Chosen is { } chosen ? MoveAsync(DeskMoves.CallSpecific(Engine, chosen, reason)) : Task.CompletedTask;

    private Task OnRecallAsync() => OnCurrentAsync(t => DeskMoves.Recall(Engine, t));

    private Task OnStartServingAsync() => OnCurrentAsync(t => DeskMoves.StartServing(Engine, t));

    private Task OnFinishAsync() => OnCurrentAsync(t => DeskMoves.Finish(Engine, t));

    private Task OnNoShowAsync() => OnCurrentAsync(t => DeskMoves.NoShow(Engine, t));

    private Task OnTransferAsync(TransferChoice choice) => OnCurrentAsync(t => DeskMoves.Transfer(Engine, t, choice.Service, choice.Note));

    private Task OnHoldAsync(string? note) => OnCurrentAsync(t => DeskMoves.Hold(Engine, t, note));

    private Task OnCallBackAsync(Ticket held) => MoveAsync(DeskMoves.CallBack(Engine, held));

    private Task OnPutBackAsync(Ticket gone) => MoveAsync(DeskMoves.PutBack(Engine, gone));

    private Task OnPauseAsync(PauseChoice choice) => MoveAsync(DeskMoves.Pause(Engine, choice.Reason, choice.Note));

    private Task OnResumeDeskAsync() => MoveAsync(DeskMoves.ResumeDesk(Engine));

    private Task OnCurrentAsync(Func<Ticket, Func<Desk, Officer, ConsoleNotice>> move) =>
        _view.Current is { } ticket ? MoveAsync(move(ticket)) : Task.CompletedTask;

    /// <summary>
    /// Makes one move as the signed-in officer, read again from the store first (a disabled account stops here).
    /// The flag is set before the first await, so a second press that arrives meanwhile finds the page busy.
    /// </summary>
    private async Task MoveAsync(Func<Desk, Officer, ConsoleNotice> move, Action? done = null)
    {
        if (_busy || _view.Desk is not { } desk)
        {
            return;
        }

        _busy = true;
        try
        {
            var me = await Officers.GetAsync();
            if (me is null)
            {
                Say(CounterText.AccountInactive, Severity.Error);
                Navigation.NavigateTo(AccountRoutes.SignIn("/" + Navigation.ToBaseRelativePath(Navigation.Uri)), forceLoad: true);
                return;
            }

            _me = me;
            var notice = await Task.Run(() => move(desk, me));
            ClosePanel();
            if (notice.Message.Length > 0)
            {
                Say(notice.Message, notice.Severity);
            }

            done?.Invoke();
        }
        catch (QueueException refusal)
        {
            Say(Labels.Refusal(refusal), Severity.Warning);
        }
        finally
        {
            _busy = false;
            Load();
        }
    }

    private void Say(string message, Severity severity) => Snackbar.Add(message, severity);
}
