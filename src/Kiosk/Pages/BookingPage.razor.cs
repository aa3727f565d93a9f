using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using MppQueue.Core;
using MppQueue.Kiosk.Bookings;
using MppQueue.Kiosk.Notices;
using MppQueue.Ui.Components;

namespace MppQueue.Kiosk.Pages;

/// <summary>
/// The public booking page (no account, a phone first): agency, service with what to bring, day, session with the
/// places left (live: a booking or a cancellation anywhere shows at once), then a phone number and, where the agency
/// needs it, the NIK. Each choice is part of the address, so the back button and a language switch keep the step.
/// On success the visitor goes to their booking's own page.
/// </summary>
public partial class BookingPage : IDisposable
{
    private BookingFlow _flow = default!;
    private string? _address;
    private BookingsWatch? _watch;
    private bool _busy;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private BookingSecret Secret { get; set; } = default!;

    [Inject]
    private BookingGuard Guard { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IHttpContextAccessor HttpContexts { get; set; } = default!;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "agency")]
    public string? AgencyId { get; set; }

    [SupplyParameterFromQuery(Name = "service")]
    public string? ServiceId { get; set; }

    [SupplyParameterFromQuery(Name = "day")]
    public string? Day { get; set; }

    [SupplyParameterFromQuery(Name = "session")]
    public string? Session { get; set; }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        _watch?.Dispose();
    }

    /// <summary>The address of a step: each choice so far, in the page's address.</summary>
    public static string Link(string? agencyId = null, string? serviceId = null, DateOnly? day = null, TimeOnly? session = null)
    {
        var query = new List<string>();
        if (agencyId is not null)
        {
            query.Add("agency=" + Uri.EscapeDataString(agencyId));
        }

        if (serviceId is not null)
        {
            query.Add("service=" + Uri.EscapeDataString(serviceId));
        }

        if (day is { } d)
        {
            query.Add("day=" + Iso(d));
        }

        if (session is { } s)
        {
            query.Add("session=" + Clock(s));
        }

        return query.Count == 0 ? KioskRoutes.Book : KioskRoutes.Book + "?" + string.Join('&', query);
    }

    protected override void OnInitialized()
    {
        _flow = new BookingFlow(Engine, Secret, Guard, PhoneNotices.Find(Services));
        _address = HttpContexts.HttpContext?.Connection.RemoteIpAddress?.ToString();
        // The places left follow every booking and cancellation; only the steps that show them render again.
        _watch = new BookingsWatch(Engine, InvokeAsync, () =>
        {
            if (_flow.Step is BookingStep.Session or BookingStep.Details)
            {
                StateHasChanged();
            }
        });
    }

    protected override void OnParametersSet() => _flow.Choose(AgencyId, ServiceId, Day, Session);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string DayLabel(DateOnly day) => day.ToString("dddd, d MMMM yyyy", CultureInfo.CurrentCulture);

    private async Task SubmitAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            await Task.Yield();
            if (_flow.Submit(_address, CultureInfo.CurrentUICulture) is { } booking)
            {
                Navigation.NavigateTo(KioskRoutes.BookingPage(booking.Token!));
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
