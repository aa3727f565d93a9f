using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Ui.Components;
using MppQueue.Ui.Text;

namespace MppQueue.Kiosk.Pages;

/// <summary>
/// A booking's own page, reached only by its secret token: the code and its QR (a kiosk's scanner reads it), the day,
/// the session and the check-in window, what to bring, an .ics file; cancel (the place returns at once) or move to
/// another session once, until the day before. It follows the booking live: checked in, expired, cancelled elsewhere.
/// </summary>
public partial class BookingManagePage : IDisposable
{
    private Core.Booking? _booking;
    private Service? _service;
    private Agency? _agency;
    private string _qr = string.Empty;
    private string? _qrFor;
    private string? _ticketToken;
    private DateTimeOffset _opens;
    private DateTimeOffset _closes;
    private IReadOnlyList<DateOnly> _days = [];
    private DateOnly? _moveDay;
    private BookingOffer? _moveOffer;
    private bool _moving;
    private bool _confirmingCancel;
    private string? _message;
    private bool _messageIsError;
    private BookingsWatch? _watch;

    [Parameter]
    public string Token { get; set; } = string.Empty;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    private string MoveDay
    {
        get => _moveDay is { } d ? Iso(d) : string.Empty;
        set
        {
            _moveDay = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && _days.Contains(d) ? d : null;
            _moveOffer = _moveDay is { } day && _service is not null ? Engine.OfferFor(_service.Id, day) : null;
        }
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        _watch?.Dispose();
    }

    protected override void OnInitialized() => _watch = new BookingsWatch(Engine, InvokeAsync, () =>
    {
        Load();
        StateHasChanged();
    });

    protected override void OnParametersSet() => Load();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Clock(DateTimeOffset instant) => SiteClock.ToSiteTime(instant, Engine.Catalog.Site.TimeZone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private void Load()
    {
        var shown = BookingPageLookup.Find(Engine, Token);
        _booking = shown?.Booking;
        _service = shown?.Service;
        if (_booking is null || _service is null)
        {
            return;
        }

        _agency = Engine.Catalog.Agencies.GetValueOrDefault(_service.AgencyId);
        (_opens, _closes) = BookingCalendar.CheckInWindow(Engine.Catalog.Site, _service, _booking.Date, _booking.Window);
        if (_qrFor != _booking.Code)
        {
            _qr = QrSvg.Render(_booking.Code);
            _qrFor = _booking.Code;
        }

        _ticketToken = _booking.TicketId is { } id ? Engine.FindTicket(id)?.Token : null;
        _days = BookingCalendar.BookableDays(Engine.Catalog.Site, _service, Engine.Clock.GetUtcNow());
        if (_moveDay is { } day)
        {
            _moveOffer = Engine.OfferFor(_service.Id, day);
        }
    }

    private void Cancel()
    {
        _confirmingCancel = false;
        Run(() => Engine.CancelBooking(Token), KioskText.BookingStateCancelled);
    }

    private void Move(DateOnly day, TimeOnly start)
    {
        var moved = Run(() => Engine.MoveBooking(Token, day, start), null);
        if (moved is not null)
        {
            _moving = false;
            _moveDay = null;
            _moveOffer = null;
            _message = Labels.Format(KioskText.BookingMoved, moved.Date.ToString("dddd, d MMMM yyyy", CultureInfo.CurrentCulture), moved.Window.ToString());
        }
    }

    private Core.Booking? Run(Func<Core.Booking> action, string? done)
    {
        try
        {
            var result = action();
            _message = done;
            _messageIsError = false;
            Load();
            return result;
        }
        catch (QueueException refused)
        {
            _message = Labels.Refusal(refused);
            _messageIsError = true;
            Load();
            return null;
        }
    }
}
