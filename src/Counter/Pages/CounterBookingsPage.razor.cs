using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Counter.Bookings;
using MppQueue.Ui;
using MppQueue.Ui.Components;

namespace MppQueue.Counter.Pages;

/// <summary>
/// Bookings at the counter, for visitors who phone in or come the day before: the same choices as the public page,
/// scoped to the officer's agency and recorded in the officer's name; and the day's bookings with a cancel button.
/// Places left follow every booking made anywhere, live.
/// </summary>
public partial class CounterBookingsPage : IDisposable
{
    private Officer? _me;
    private OfficerBookings? _desk;
    private Core.Booking? _made;
    private string? _refusal;
    private BookingsWatch? _watch;
    private bool _busy;
    private DateOnly _listDay;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private BookingSecret Secret { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    private IReadOnlyList<DateOnly> ListDays => [.. Enumerable.Range(-1, 16).Select(i => Engine.Today.AddDays(i))];

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        _watch?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _listDay = Engine.Today;
        _me = await Officers.GetAsync();
        if (_me is not null)
        {
            _desk = new OfficerBookings(Engine, Secret, _me);
            _watch = new BookingsWatch(Engine, InvokeAsync, StateHasChanged);
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDay(string? value, IReadOnlyList<DateOnly> allowed) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && allowed.Contains(d) ? d : null;

    private static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    private static string ChannelLabel(BookingChannel channel) => channel switch
    {
        BookingChannel.Officer => CounterText.BookingsChannelOfficer,
        BookingChannel.Agency => CounterText.BookingsChannelAgency,
        _ => CounterText.BookingsChannelWeb,
    };

    private static string StateLabel(BookingState state) => state switch
    {
        BookingState.CheckedIn => CounterText.BookingsStateCheckedIn,
        BookingState.Cancelled => CounterText.BookingsStateCancelled,
        BookingState.Expired => CounterText.BookingsStateExpired,
        _ => CounterText.BookingsStateBooked,
    };

    private void Book()
    {
        if (_desk is null || _busy)
        {
            return;
        }

        _busy = true;
        (_made, _refusal) = _desk.Book(CultureInfo.CurrentUICulture);
        _busy = false;
    }

    private void Cancel(string code)
    {
        if (_desk is null || _busy)
        {
            return;
        }

        _busy = true;
        _refusal = _desk.Cancel(code, CultureInfo.CurrentUICulture);
        _made = null;
        _busy = false;
    }
}
