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
    private static readonly string[] _shortcutKeys = ["F1", "F2", "F3", "F4", "F6", "F7", "F8", "F9", "Escape"];

    private DeskConsoleView _view = DeskConsoleView.None(null);
    private Officer? _me;
    private string? _holderName;
    private DateTimeOffset _now;
    private bool _busy;
    private Panel _panel;
    private string? _panelTicketId;
    private Ticket? _chosen;

    private enum Panel
    {
        None,
        Transfer,
        Hold,
        CallSpecific,
        Pause,
    }

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

    private static IReadOnlyList<string> ShortcutKeys => _shortcutKeys;

    private bool IsHolder => _me is not null && _view.HolderId == _me.Id;

    private bool HasTicket => IsHolder && !_busy && _view.Current is not null;

    private bool IsCalled => HasTicket && _view.Current!.Status == TicketStatus.Called;

    private bool CanCallNext => IsHolder && !_busy && _view.Current is null && !_view.State.Paused;

    private bool CanPause => CanCallNext;

    private string PauseText => _view.State.Reason == PauseReason.Other && _view.State.Note is { } note
        ? note
        : CounterLabels.Pause(_view.State.Reason) + (_view.State.Note is { } extra ? " (" + extra + ")" : string.Empty);

    /// <summary>The minutes waited and the no-show grace move on without events.</summary>
    protected override TimeSpan? RefreshInterval => TimeSpan.FromSeconds(30);

    protected override async Task OnInitializedAsync() => _me = await Officers.GetAsync();

    protected override void Load()
    {
        var before = _view.Desk?.Id;
        _now = Time.GetUtcNow();
        _view = DeskConsoleView.Read(TakeToday(), DeskId, _me, _now);
        if (_view.Desk?.Id != before || (_panel is Panel.Transfer or Panel.Hold && _view.Current?.Id != _panelTicketId))
        {
            ClosePanel();
        }

        _holderName = _view.HolderId is null || _view.HolderId == _me?.Id ? null : Officers.NameOf(_view.HolderId);
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        _view.Desk is { } desk && (queueEvent.Desk?.Id == desk.Id
            || queueEvent.Kind == QueueEventKind.CatalogChanged
            || (queueEvent.Ticket is { } ticket && desk.ServiceIds.Contains(ticket.ServiceId))
            || (queueEvent.FromServiceId is { } from && desk.ServiceIds.Contains(from)));

    private Task OnKeyAsync(string key)
    {
        if (key == "Escape")
        {
            ClosePanel();
            return Task.CompletedTask;
        }

        if (_panel != Panel.None)
        {
            return Task.CompletedTask;
        }

        return key switch
        {
            "F1" when CanCallNext => OnCallNextAsync(),
            "F2" when IsCalled => OnRecallAsync(),
            "F3" when IsCalled => OnStartServingAsync(),
            "F4" when HasTicket => OnFinishAsync(),
            "F6" when IsCalled => OnNoShowAsync(),
            "F7" when HasTicket => Open(Panel.Transfer),
            "F8" when HasTicket => Open(Panel.Hold),
            "F9" when IsHolder && _view.State.Paused && !_busy => OnResumeDeskAsync(),
            "F9" when CanPause => Open(Panel.Pause),
            _ => Task.CompletedTask,
        };
    }

    private Task Open(Panel panel)
    {
        _panel = panel;
        _panelTicketId = _view.Current?.Id;
        return Task.CompletedTask;
    }

    private void ClosePanel()
    {
        _panel = Panel.None;
        _panelTicketId = null;
        _chosen = null;
    }

    private Task OnChooseSpecific(Ticket ticket)
    {
        _chosen = ticket;
        return Open(Panel.CallSpecific);
    }

    private Task OnSitAsync(bool takeOver) => MoveAsync((desk, me) => Engine.SignInToDesk(desk.Id, me, takeOver));

    private Task OnLeaveDeskAsync() => MoveAsync((desk, me) => Engine.SignOutOfDesk(desk.Id, me.Id), _ =>
    {
        Say(Labels.Format(CounterText.LeftDesk, Labels.Desk(_view.Desk!)), Severity.Info);
        Navigation.NavigateTo(CounterRoutes.Counter);
    });

    private Task OnCallNextAsync() => MoveAsync((desk, me) => Engine.CallNext(desk.Id, me.Id), called =>
        Say(Labels.Format(CounterText.Called, called.Number, Labels.Desk(_view.Desk!)), Severity.Success));

    private Task OnCallSpecificAsync(string? reason) => _chosen is not { } chosen
        ? Task.CompletedTask
        : MoveAsync((desk, me) => Engine.CallSpecific(desk.Id, chosen.Id, reason, me.Id), called =>
            Say(Labels.Format(CounterText.Called, called.Number, Labels.Desk(_view.Desk!)), Severity.Success));

    private Task OnRecallAsync() => OnCurrentAsync((desk, me, ticket) => Engine.Recall(desk.Id, ticket.Id, me.Id), recalled =>
        Say(Labels.Format(CounterText.Recalled, recalled.Number, recalled.RecallCount), Severity.Info));

    private Task OnStartServingAsync() => OnCurrentAsync((desk, me, ticket) => Engine.StartServing(desk.Id, ticket.Id, me.Id), serving =>
        Say(Labels.Format(CounterText.ServingStarted, serving.Number), Severity.Info));

    private Task OnFinishAsync() => OnCurrentAsync((desk, me, ticket) => Engine.Finish(desk.Id, ticket.Id, me.Id), done =>
        Say(Labels.Format(CounterText.Finished, done.Number), Severity.Success));

    private Task OnNoShowAsync() => OnCurrentAsync((desk, me, ticket) => Engine.MarkNoShow(desk.Id, ticket.Id, me.Id), gone =>
        Say(Labels.Format(CounterText.MarkedNoShow, gone.Number), Severity.Info));

    private Task OnTransferAsync(TransferChoice choice) =>
        OnCurrentAsync((desk, me, ticket) => Engine.Transfer(desk.Id, ticket.Id, choice.Service.Id, me.Id, choice.Note), moved =>
            Say(Labels.Format(CounterText.Transferred, moved.Number, Labels.Service(choice.Service)), Severity.Success));

    private Task OnHoldAsync(string? note) => OnCurrentAsync((desk, me, ticket) => Engine.Hold(desk.Id, ticket.Id, me.Id, note), held =>
        Say(Labels.Format(CounterText.HeldDone, held.Number), Severity.Info));

    private Task OnCallBackAsync(Ticket held) => MoveAsync((desk, me) => Engine.Resume(desk.Id, held.Id, me.Id), called =>
        Say(Labels.Format(CounterText.Resumed, called.Number, Labels.Desk(_view.Desk!)), Severity.Success));

    private Task OnPutBackAsync(Ticket gone) => MoveAsync((desk, me) => Engine.Restore(gone.Id, desk.Id, me.Id), restored =>
        Say(Labels.Format(CounterText.Restored, restored.Number), Severity.Info));

    private Task OnPauseAsync(PauseChoice choice) => MoveAsync((desk, me) => Engine.PauseDesk(desk.Id, choice.Reason, choice.Note, me.Id), state =>
        Say(Labels.Format(CounterText.DeskPausedDone, CounterLabels.Pause(state.Reason)), Severity.Info));

    private Task OnResumeDeskAsync() => MoveAsync((desk, me) => Engine.ResumeDesk(desk.Id, me.Id), _ =>
        Say(CounterText.DeskResumedDone, Severity.Success));

    private Task OnCurrentAsync(Func<Desk, Officer, Ticket, Ticket> move, Action<Ticket> done) =>
        _view.Current is not { } ticket ? Task.CompletedTask : MoveAsync((desk, me) => move(desk, me, ticket), done);

    /// <summary>
    /// Makes one move as the signed-in officer, read again from the store first (a disabled account stops here).
    /// The flag is set before the first await, so a second press that arrives meanwhile finds the page busy.
    /// </summary>
    private async Task MoveAsync<T>(Func<Desk, Officer, T> move, Action<T>? done = null)
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
            var result = await Task.Run(() => move(desk, me));
            ClosePanel();
            done?.Invoke(result);
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
