using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

/// <summary>"Kabari saya lewat WhatsApp/SMS" on the kiosk's ticket, typed on the screen's own number pad.</summary>
public class KioskPhoneNoticeTests : PhoneNoticeTestBase
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<KioskTicketPage> OpenSlip(Ticket ticket) => Render<KioskTicketPage>(p => p.Add(x => x.Token, ticket.Token));

    private static void Dial(IRenderedComponent<KioskTicketPage> cut, string digits)
    {
        foreach (var digit in digits)
        {
            cut.Find($"[data-testid='numpad'] [data-key='{digit}']").Click();
        }
    }

    [Fact]
    public void Confirm_NumberDialled_TellsTheVisitorTheMaskedNumberAndKeepsItForTheTicket()
    {
        UseNotices();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenSlip(ticket);

        cut.Find("[data-testid='kiosk-notice-offer']").Click();
        Dial(cut, "081234567890");
        Assert.Equal("0812-3456-7890", cut.Find("[data-testid='kiosk-notice-number']").TextContent.Trim());
        Assert.Equal("Nomor hanya dipakai untuk antrean ini dan dihapus otomatis malam ini.", cut.Find("[data-testid='kiosk-notice-privacy']").TextContent.Trim());
        cut.Find("[data-testid='kiosk-notice-confirm']").Click();

        Assert.Equal("Anda akan dikabari di ••••7890.", cut.Find("[data-testid='kiosk-notice-saved']").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid='kiosk-notice-dialog']"));
        Assert.DoesNotContain("3456", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("6281234567890", Notices.Contact(NoticeSubject.Ticket(ticket.Id))?.Phone);
    }

    [Fact]
    public void Confirm_LandlineNumber_SaysWhyInIndonesianAndKeepsThePadOpen()
    {
        UseNotices();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenSlip(ticket);

        cut.Find("[data-testid='kiosk-notice-offer']").Click();
        Dial(cut, "0215551234");
        cut.Find("[data-testid='kiosk-notice-confirm']").Click();

        Assert.Equal("Nomor HP 0215551234 tidak dikenali. Gunakan nomor HP Indonesia, mis. 0812-3456-7890.", cut.Find("[data-testid='kiosk-notice-error']").TextContent.Trim());
        Assert.NotNull(cut.Find("[data-testid='kiosk-notice-dialog']"));
        Assert.Null(Notices.Contact(NoticeSubject.Ticket(ticket.Id)));
    }

    [Fact]
    public void Cancel_ClosesThePadAndKeepsNothing()
    {
        UseNotices();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenSlip(ticket);

        cut.Find("[data-testid='kiosk-notice-offer']").Click();
        Dial(cut, "0812");
        cut.Find("[data-testid='kiosk-notice-cancel']").Click();

        Assert.Empty(cut.FindAll("[data-testid='kiosk-notice-dialog']"));
        Assert.NotNull(cut.Find("[data-testid='kiosk-notice-offer']"));
        Assert.Null(Notices.Contact(NoticeSubject.Ticket(ticket.Id)));
    }

    [Fact]
    public void Idle_WhileThePadIsOpen_TheKioskStillGoesBackToTheStart()
    {
        UseNotices();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenSlip(ticket);
        cut.Find("[data-testid='kiosk-notice-offer']").Click();
        Dial(cut, "0812");

        Time.Advance(TimeSpan.FromSeconds(31));

        Eventually(() => Assert.EndsWith("/kiosk", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ServerSendsNoWhatsAppOrSms_OffersNothing()
    {
        UseNotices(NoticeChannel.WebPush);
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = OpenSlip(ticket);

        Assert.NotNull(cut.Find("[data-testid='ticket-slip']"));
        Assert.Empty(cut.FindAll("[data-testid='kiosk-notice']"));
    }
}
