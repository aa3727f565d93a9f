using System.Globalization;
using MppQueue.Core;
using MppQueue.Kiosk.Notices;

namespace MppQueue.Kiosk.Tests;

public class PhoneNoticeFormTests : PhoneNoticeTestBase
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id");

    private PhoneNoticeForm FormFor(Ticket ticket) => new(UseNotices(), NoticeSubject.Ticket(ticket.Id));

    private static void Type(PhoneNoticeForm form, string digits)
    {
        foreach (var key in digits)
        {
            form.Press(key);
        }
    }

    [Fact]
    public void Press_Digits_ShowsThemInGroupsOfFour()
    {
        var form = FormFor(Engine.Issue(new IssueRequest("ktp-el")));

        Type(form, "081234567890");

        Assert.Equal("0812-3456-7890", form.Formatted);
    }

    [Fact]
    public void Press_BeyondFifteenDigitsOrNotADigit_IsIgnored()
    {
        var form = FormFor(Engine.Issue(new IssueRequest("ktp-el")));

        Type(form, "0812345678901234567x");

        Assert.Equal("081234567890123", form.Typed);
    }

    [Fact]
    public void Save_IndonesianMobile_KeepsItForTheTicketAndShowsOnlyTheLastFourDigits()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var form = FormFor(ticket);
        form.Open();
        Type(form, "081234567890");

        Assert.True(form.Save(Indonesian));

        Assert.Equal("6281234567890", Notices.Contact(NoticeSubject.Ticket(ticket.Id))?.Phone);
        Assert.Equal("id", Notices.Contact(NoticeSubject.Ticket(ticket.Id))?.Language);
        Assert.Equal("••••7890", form.Masked);
        Assert.False(form.Editing);
        Assert.Empty(form.Typed);
    }

    [Fact]
    public void Save_InEnglish_NoticesAreInEnglish()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var form = FormFor(ticket);
        Type(form, "081234567890");

        form.Save(CultureInfo.GetCultureInfo("en"));

        Assert.Equal("en", Notices.Contact(NoticeSubject.Ticket(ticket.Id))?.Language);
    }

    [Fact]
    public void Save_NotAMobileNumber_SaysWhyInIndonesianAndKeepsNothing()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var form = FormFor(ticket);
        form.Open();
        Type(form, "0215551234");

        Assert.False(form.Save(Indonesian));

        Assert.Equal("Nomor HP 0215551234 tidak dikenali. Gunakan nomor HP Indonesia, mis. 0812-3456-7890.", form.Error);
        Assert.True(form.Editing);
        Assert.Null(Notices.Contact(NoticeSubject.Ticket(ticket.Id)));
    }

    [Fact]
    public void Save_NothingTyped_AsksForTheNumberAndKeepsTheOneGivenBefore()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var form = FormFor(ticket);
        Type(form, "081234567890");
        form.Save(Indonesian);

        Assert.False(form.Save(Indonesian));

        Assert.Equal("Ketik nomor HP Anda dulu, mulai dengan 08.", form.Error);
        Assert.True(form.HasPhone);
    }

    [Fact]
    public void Save_TicketAlreadyCancelled_SaysNoticesAreClosed()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var form = FormFor(ticket);
        Engine.Cancel(ticket.Id);
        Type(form, "081234567890");

        Assert.False(form.Save(Indonesian));

        Assert.Contains("A001", form.Error, StringComparison.Ordinal);
        Assert.False(form.HasPhone);
    }

    [Fact]
    public void Remove_AfterSaving_DeletesTheNumber()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var form = FormFor(ticket);
        Type(form, "081234567890");
        form.Save(Indonesian);

        Assert.True(form.Remove(Indonesian));

        Assert.False(form.HasPhone);
        Assert.True(form.Removed);
        Assert.Null(Notices.Contact(NoticeSubject.Ticket(ticket.Id)));
    }

    [Fact]
    public void Cancel_ForgetsWhatWasTyped()
    {
        var form = FormFor(Engine.Issue(new IssueRequest("ktp-el")));
        form.Open();
        Type(form, "0812");

        form.Cancel();

        Assert.False(form.Editing);
        Assert.Empty(form.Typed);
    }

    [Theory]
    [InlineData(TicketStatus.Waiting, true)]
    [InlineData(TicketStatus.Called, true)]
    [InlineData(TicketStatus.Held, true)]
    [InlineData(TicketStatus.Serving, false)]
    [InlineData(TicketStatus.Done, false)]
    [InlineData(TicketStatus.Cancelled, false)]
    [InlineData(TicketStatus.NoShow, false)]
    public void Takes_OnlyUntilTheTicketIsServedOrGivenUp(TicketStatus status, bool takes) =>
        Assert.Equal(takes, PhoneNoticeForm.Takes(status));
}
