using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

/// <summary>"Kirim konfirmasi dan pengingat lewat WhatsApp/SMS ke nomor ini" on the booking form.</summary>
public class BookingNoticeTests : PhoneNoticeTestBase
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<BookingPage> OpenForm()
    {
        Navigation.NavigateTo(BookingPage.Link("disdukcapil", "ktp-el", Tuesday, new TimeOnly(13, 0)));
        return Render<BookingPage>();
    }

    private Booking BookingMade() => Assert.Single(Engine.BookingsOn(Tuesday));

    [Fact]
    public void Submit_Ticked_KeepsTheNumberForTheBookingAndItsConfirmationGoesOut()
    {
        UseNotices();
        var cut = OpenForm();

        cut.Find("[data-testid='booking-phone']").Change("0812 3456 7890");
        cut.Find("[data-testid='booking-notify']").Change(true);
        cut.Find("[data-testid='booking-form']").Submit();

        cut.WaitForAssertion(() => Assert.Contains("/booking/", Navigation.Uri, StringComparison.Ordinal));
        var booking = BookingMade();
        Assert.Equal("6281234567890", Notices.Contact(NoticeSubject.Booking(booking.Code))?.Phone);
        Assert.Contains(Notices.NoticesOf(NoticeSubject.Booking(booking.Code)), n => n.Kind == NoticeKind.BookingConfirmed);
    }

    [Fact]
    public void Submit_NotTicked_KeepsNoNumberForNotices()
    {
        UseNotices();
        var cut = OpenForm();
        Assert.Null(cut.Find("[data-testid='booking-notify']").GetAttribute("checked"));

        cut.Find("[data-testid='booking-phone']").Change("0812 3456 7890");
        cut.Find("[data-testid='booking-form']").Submit();

        cut.WaitForAssertion(() => Assert.Contains("/booking/", Navigation.Uri, StringComparison.Ordinal));
        Assert.Null(Notices.Contact(NoticeSubject.Booking(BookingMade().Code)));
    }

    [Fact]
    public void Render_ServerSendsNoWhatsAppOrSms_NoCheckbox()
    {
        UseNotices(NoticeChannel.WebPush);

        var cut = OpenForm();

        Assert.NotNull(cut.Find("[data-testid='booking-phone']"));
        Assert.Empty(cut.FindAll("[data-testid='booking-notify']"));
    }
}
