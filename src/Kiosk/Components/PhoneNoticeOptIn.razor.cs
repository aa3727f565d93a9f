using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Kiosk.Notices;

namespace MppQueue.Kiosk.Components;

/// <summary>
/// The phone number for one ticket's or booking's WhatsApp/SMS notices, on the visitor's own page. The page says what
/// it is about (<see cref="Subject"/>) and whether a number is still taken (<see cref="Open"/>); the rest is
/// <see cref="PhoneNoticeForm"/>'s.
/// </summary>
public partial class PhoneNoticeOptIn
{
    private PhoneNoticeForm? _form;

    [Parameter, EditorRequired]
    public NoticeSubject Subject { get; set; }

    /// <summary>The ticket is not finished (<see cref="PhoneNoticeForm.Takes"/>), the booking still booked: otherwise nothing is shown.</summary>
    [Parameter]
    public bool Open { get; set; } = true;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    private bool IsBooking => Subject.BookingCode is not null;

    protected override void OnParametersSet()
    {
        if (_form is null || _form.Subject != Subject)
        {
            _form = PhoneNotices.Find(Services) is { } notices ? new PhoneNoticeForm(notices, Subject) : null;
        }
        else if (_form.Error is null)
        {
            // The page re-renders on every move of the ticket: a number set or purged meanwhile shows.
            _form.Refresh();
        }
    }

    private void OnSave() => _form?.Save(CultureInfo.CurrentUICulture);

    private void OnRemove() => _form?.Remove(CultureInfo.CurrentUICulture);
}
