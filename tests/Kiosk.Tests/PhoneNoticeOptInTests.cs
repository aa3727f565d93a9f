using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

/// <summary>"Pemberitahuan" on the visitor's own pages: the ticket's and the booking's.</summary>
public class PhoneNoticeOptInTests : PhoneNoticeTestBase
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    public PhoneNoticeOptInTests() => Services.AddSingleton<ISurveyStore>(Store);

    private IRenderedComponent<TicketPage> OpenTicket(Ticket ticket) => Render<TicketPage>(p => p.Add(x => x.Token, ticket.Token));

    private Booking Book() =>
        Engine.Book(new BookingRequest("ktp-el", Tuesday, new TimeOnly(9, 0), BookingHolder.From("081111111111", null, Secret)));

    [Fact]
    public void Save_OnTheTicketPage_ShowsTheNumberMaskedWithHapus()
    {
        UseNotices();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenTicket(ticket);

        cut.Find("[data-testid='phone-notice-input']").Input("0812-3456-7890");
        cut.Find("[data-testid='phone-notice-form']").Submit();

        Assert.Equal("Anda akan dikabari di ••••7890.", cut.Find("[data-testid='phone-notice-saved']").TextContent.Trim());
        Assert.Equal("Hapus", cut.Find("[data-testid='phone-notice-remove']").TextContent.Trim());
        Assert.DoesNotContain("3456", cut.Find("[data-testid='phone-notice']").TextContent, StringComparison.Ordinal);
        Assert.Equal("6281234567890", Notices.Contact(NoticeSubject.Ticket(ticket.Id))?.Phone);
    }

    [Fact]
    public void Save_NotAMobileNumber_SaysWhyInIndonesian()
    {
        UseNotices();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenTicket(ticket);

        cut.Find("[data-testid='phone-notice-input']").Input("12345");
        cut.Find("[data-testid='phone-notice-form']").Submit();

        Assert.Equal("Nomor HP 12345 tidak dikenali. Gunakan nomor HP Indonesia, mis. 0812-3456-7890.", cut.Find("[data-testid='phone-notice-error']").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid='phone-notice-saved']"));
    }

    [Fact]
    public void Hapus_TakesTheNumberBack()
    {
        UseNotices();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Notices.SetPhone(NoticeSubject.Ticket(ticket.Id), "081234567890", "id");
        var cut = OpenTicket(ticket);
        Assert.Equal("Anda akan dikabari di ••••7890.", cut.Find("[data-testid='phone-notice-saved']").TextContent.Trim());

        cut.Find("[data-testid='phone-notice-remove']").Click();

        Assert.Contains("Nomor dihapus", cut.Find("[data-testid='phone-notice-removed']").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid='phone-notice-input']"));
        Assert.Null(Notices.Contact(NoticeSubject.Ticket(ticket.Id)));
    }

    [Fact]
    public void Render_TicketServedAndDone_HidesTheSection()
    {
        UseNotices();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Notices.SetPhone(NoticeSubject.Ticket(ticket.Id), "081234567890", "id");
        var desk = DeskFor("ktp-el");
        Engine.CallNext(desk.Id);
        Engine.Finish(desk.Id, ticket.Id);

        var cut = OpenTicket(ticket);

        Assert.Equal("Done", cut.Find("[data-testid='ticket-page']").GetAttribute("data-status"));
        Assert.Empty(cut.FindAll("[data-testid='phone-notice']"));
    }

    [Fact]
    public void Render_TicketWaiting_ShowsTheSectionUntilItIsCancelled()
    {
        UseNotices();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenTicket(ticket);
        Assert.NotNull(cut.Find("[data-testid='phone-notice']"));

        Engine.Cancel(ticket.Id);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='phone-notice']")));
    }

    [Fact]
    public void Render_ServerSendsNoWhatsAppOrSms_ShowsNoSection()
    {
        UseNotices(NoticeChannel.WebPush);
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = OpenTicket(ticket);

        Assert.Empty(cut.FindAll("[data-testid='phone-notice']"));
    }

    [Fact]
    public void Save_OnTheBookingPage_KeepsTheNumberForTheBookingAndConfirmsByMessage()
    {
        UseNotices();
        var booking = Book();
        var cut = Render<BookingManagePage>(p => p.Add(x => x.Token, booking.Token!));

        cut.Find("[data-testid='phone-notice-input']").Input("081298765432");
        cut.Find("[data-testid='phone-notice-form']").Submit();

        Assert.Equal("Anda akan dikabari di ••••5432.", cut.Find("[data-testid='phone-notice-saved']").TextContent.Trim());
        Assert.Equal("6281298765432", Notices.Contact(NoticeSubject.Booking(booking.Code))?.Phone);
        Assert.Contains(Notices.NoticesOf(NoticeSubject.Booking(booking.Code)), n => n.Kind == NoticeKind.BookingConfirmed);
    }

    [Fact]
    public void Render_BookingCancelled_HidesTheSection()
    {
        UseNotices();
        var booking = Book();
        Engine.CancelBooking(booking.Token!);

        var cut = Render<BookingManagePage>(p => p.Add(x => x.Token, booking.Token!));

        Assert.Equal("Cancelled", cut.Find("[data-testid='booking-confirmation']").GetAttribute("data-state"));
        Assert.Empty(cut.FindAll("[data-testid='phone-notice']"));
    }
}
