using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Counter.Console;
using MudBlazor;

namespace MppQueue.Counter.Components;

/// <summary>
/// The notices of the ticket at the desk, live: read when the ticket changes, then kept in step with the notice
/// service's changes once the card is interactive. The service announces a change inside its own lock, on its sending
/// loop, so the handler only queues the changed notice for the circuit (<see cref="ChangeQueue{T}"/>, in the order
/// announced); the list applies it without reading the store.
/// </summary>
public sealed partial class TicketNotices : IDisposable
{
    private readonly TicketNoticeList _list = new();
    private readonly ChangeQueue<Notice> _changes = new();

    // The circuit's language: a change arrives on the sending loop's thread, in the server's language.
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private bool _subscribed;

    // The notice service's count of changes when the list was last read from the store.
    private long _readAt;
    private bool _disposed;

    [Parameter]
    public Ticket? Ticket { get; set; }

    [Parameter, EditorRequired]
    public Site Site { get; set; } = default!;

    [Inject]
    private NoticeService Notices { get; set; } = default!;

    public void Dispose()
    {
        _disposed = true;
        if (_subscribed)
        {
            Notices.NoticeChanged -= OnNoticeChanged;
            _subscribed = false;
        }
    }

    protected override void OnParametersSet()
    {
        if (Ticket?.Id != _list.TicketId || Ticket?.BookingCode != _list.BookingCode)
        {
            _readAt = Notices.Changes;
            _list.Read(Notices, Ticket);
        }
        else
        {
            _list.ReadChannels(Notices, Ticket);
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_disposed)
        {
            Notices.NoticeChanged += OnNoticeChanged;
            _subscribed = true;

            // A notice that changed between the first read and the subscription is picked up here; when none did (nearly
            // always: the card is made by a call), the list is not read or rendered again.
            if (Notices.Changes != _readAt)
            {
                _readAt = Notices.Changes;
                _list.Read(Notices, Ticket);
                StateHasChanged();
            }
        }
    }

    private static Color ColorOf(NoticeState state) => state switch
    {
        NoticeState.Delivered => Color.Success,
        NoticeState.Sent => Color.Info,
        NoticeState.Failed => Color.Error,
        _ => Color.Default,
    };

    private void OnNoticeChanged(Notice notice)
    {
        if (_disposed || notice.TicketId is null && notice.BookingCode is null)
        {
            return;
        }

        if (_changes.Add(notice))
        {
            _ = Task.Run(ShowAsync);
        }
    }

    private async Task ShowAsync()
    {
        try
        {
            await InvokeAsync(() =>
            {
                CultureInfo.CurrentCulture = _culture;
                CultureInfo.CurrentUICulture = _uiCulture;
                var changed = false;
                foreach (var notice in _changes.TakeAll())
                {
                    changed = !_disposed && _list.Apply(notice) || changed;
                }

                if (changed)
                {
                    _list.ReadChannels(Notices, Ticket);
                    StateHasChanged();
                }
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the change and the render.
        }
    }
}
