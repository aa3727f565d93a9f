using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MppQueue.Core;
using MppQueue.Kiosk.Notices;

namespace MppQueue.Kiosk.Components;

/// <summary>
/// "Aktifkan pemberitahuan": subscribes this browser to the notices of one ticket (<see cref="Ticket"/>, the page's
/// token) or one booking (<see cref="Booking"/>). notices.js does the browser's part; the server keeps the subscription.
/// </summary>
public partial class PushOptIn
{
    private const string Script = "_content/MppQueue.Kiosk/notices.js";

    // The permission prompt waits for the visitor, who may take a while.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly PushOptInState _state = new();
    private PushAvailability? _available;

    /// <summary>The ticket page's token, for a ticket's notices.</summary>
    [Parameter]
    public string? Ticket { get; set; }

    /// <summary>The booking page's token, for a booking's notices.</summary>
    [Parameter]
    public string? Booking { get; set; }

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private string Path => Booking is { } booking ? NoticeEndpoints.BookingPush(booking) : NoticeEndpoints.TicketPush(Ticket ?? string.Empty);

    protected override void OnInitialized() => _available = PushAvailability.Find(Services);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _available is not null)
        {
            var answer = await CallAsync("prepare");
            _state.Prepared(answer, ServerHasPush());
            StateHasChanged();
        }
    }

    private Task OnEnable() => RunAsync("enable", Path, _available!.Keys.Keys.PublicKey);

    private Task OnDisable() => RunAsync("disable", Path);

    private async Task RunAsync(string function, params object[] args)
    {
        _state.Started();
        _state.Answered(await CallAsync(function, args));
    }

    private bool ServerHasPush()
    {
        var subject = Booking is not null ? NoticeSubjects.OfBooking(Engine, Booking) : NoticeSubjects.OfTicket(Engine, Ticket);
        return subject is { } known && _available!.Subscriptions.Contact(known)?.Push is not null;
    }

    private async Task<string?> CallAsync(string function, params object[] args)
    {
        try
        {
            var module = await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets[Script]);
            await using (module)
            {
                return await module.InvokeAsync<string>(function, Patience, args);
            }
        }
        catch (Exception gone) when (gone is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // An old cached page, a phone gone away or asleep: the page itself still follows the ticket.
            return null;
        }
    }
}
