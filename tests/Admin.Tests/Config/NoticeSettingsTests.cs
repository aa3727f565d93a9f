using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Components.Config;
using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

/// <summary>The agency's notice channel order and the service's notice rules: edited, saved, and read back from the store.</summary>
public class NoticeSettingsTests : AdminTestBase
{
    private static string Input(string testId, string? within = null) =>
        $"{within} [data-testid='{testId}'] input, {within} input[data-testid='{testId}']";

    private static string KindInput(NoticeKind kind) =>
        $"[data-testid='service-notice-kind'][data-kind='{kind}'] input, input[data-testid='service-notice-kind'][data-kind='{kind}']";

    private static IRenderedComponent<AgenciesPage> EditAgency(IRenderedComponent<AgenciesPage> page, string agencyId)
    {
        page.Find($"[data-testid='agency-row'][data-agency-id='{agencyId}'] [data-testid='agency-edit']").Click();
        return page;
    }

    private static IElement ChannelRow(IRenderedComponent<AgenciesPage> page, NoticeChannel channel) =>
        page.Find($"[data-testid='agency-notice-channel'][data-channel='{channel}']");

    private static List<string?> ChannelOrder(IRenderedComponent<AgenciesPage> page) =>
        [.. page.FindAll("[data-testid='agency-notice-channel']").Select(r => r.GetAttribute("data-channel"))];

    [Fact]
    public void AgencyEditor_ChannelsOfThisServer_SaysWhichAreSetUpAndWhichNot()
    {
        SignedInAs("admin");
        var page = EditAgency(Render<AgenciesPage>(), "disdukcapil");

        Assert.Equal(["WebPush", "WhatsApp", "Sms"], ChannelOrder(page));
        Assert.Equal("diatur di server", ChannelRow(page, NoticeChannel.WhatsApp).QuerySelector("[data-testid='agency-notice-channel-configured']")!.TextContent.Trim());
        Assert.Equal("belum diatur di server", ChannelRow(page, NoticeChannel.Sms).QuerySelector("[data-testid='agency-notice-channel-configured']")!.TextContent.Trim());
    }

    [Fact]
    public void AgencyEditor_WhatsAppMovedFirstAndPushTurnedOff_IsSavedInThatOrderAndReadBackFromTheStore()
    {
        SignedInAs("admin");
        var page = EditAgency(Render<AgenciesPage>(), "disdukcapil");

        ChannelRow(page, NoticeChannel.WhatsApp).QuerySelector("[data-testid='agency-notice-channel-up']")!.Click();
        page.Find(Input("agency-notice-channel-on", "[data-testid='agency-notice-channel'][data-channel='WebPush']")).Change(false);
        page.Find("[data-testid='agency-save']").Click();

        Assert.Equal<NoticeChannel>([NoticeChannel.WhatsApp, NoticeChannel.Sms], Engine.Catalog.Agencies["disdukcapil"].NoticeChannels.ToArray());
        Assert.Equal<NoticeChannel>([NoticeChannel.WhatsApp, NoticeChannel.Sms], Store.LoadCatalog()!.Agencies["disdukcapil"].NoticeChannels.ToArray());
        Assert.Equal("WhatsApp → SMS", page.Find("[data-testid='agency-row'][data-agency-id='disdukcapil'] [data-testid='agency-row-channels']").TextContent.Trim());

        // Opened again, the editor shows the saved order with Web Push off at the end.
        EditAgency(page, "disdukcapil");
        page.WaitForAssertion(() => Assert.Equal(["WhatsApp", "Sms", "WebPush"], ChannelOrder(page)));
        Assert.Equal("false", ChannelRow(page, NoticeChannel.WebPush).GetAttribute("data-on"));
        Assert.Equal("true", ChannelRow(page, NoticeChannel.Sms).GetAttribute("data-on"));
    }

    [Fact]
    public void AgencyEditor_EveryChannelOff_WarnsThatTheAgencySendsNoNotices_AndSavesThat()
    {
        SignedInAs("admin");
        var page = EditAgency(Render<AgenciesPage>(), "samsat");
        Assert.Empty(page.FindAll("[data-testid='agency-notice-none']"));

        foreach (var channel in Enum.GetValues<NoticeChannel>())
        {
            page.Find(Input("agency-notice-channel-on", $"[data-testid='agency-notice-channel'][data-channel='{channel}']")).Change(false);
        }

        Assert.Contains("tidak mengirim pemberitahuan", page.Find("[data-testid='agency-notice-none']").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid='agency-save']").Click();
        Assert.Empty(Store.LoadCatalog()!.Agencies["samsat"].NoticeChannels);
    }

    [Fact]
    public void AgencyEditor_OtherFieldsChanged_KeepsTheChannelOrder()
    {
        var editor = Services.GetRequiredService<CatalogEditor>();
        var admin = Store.LoadOfficers().Single(o => o.Id == "admin");
        editor.SaveAgency(admin, Engine.Catalog.Agencies["imigrasi"] with { NoticeChannels = [NoticeChannel.Sms] }, Engine.Catalog.Agencies["imigrasi"]);
        SignedInAs("admin");
        var page = EditAgency(Render<AgenciesPage>(), "imigrasi");

        page.Find("input[data-testid='agency-shortname']").Enter("Imigrasi Kelas I");
        page.Find("[data-testid='agency-save']").Click();

        Assert.Equal("Imigrasi Kelas I", Engine.Catalog.Agencies["imigrasi"].ShortName);
        Assert.Equal<NoticeChannel>([NoticeChannel.Sms], Engine.Catalog.Agencies["imigrasi"].NoticeChannels.ToArray());
    }

    [Fact]
    public void ServiceEditor_RulesChanged_AreSavedAndShownAgainFromTheStore()
    {
        SignedInAs("supervisor-disdukcapil");
        var page = Render<ServiceEditPage>(p => p.Add(x => x.ServiceId, "ktp-el"));
        Assert.Equal("15", page.Find(Input("service-notice-minutes")).GetAttribute("value"));

        page.Find(KindInput(NoticeKind.Survey)).Change(false);
        page.Find(Input("service-notice-minutes")).Enter("25");
        page.Find(Input("service-notice-places")).Enter("5");
        page.Find("[data-testid='service-save']").Click();

        var saved = Store.LoadCatalog()!.FindService("ktp-el")!.Notices;
        Assert.False(saved.Survey);
        Assert.True(saved.Called);
        Assert.Equal(25, saved.ComeBackMinutes);
        Assert.Equal(5, saved.ComeBackPlaces);
        Assert.Equal(saved, Engine.Catalog.FindService("ktp-el")!.Notices);

        var again = Render<ServiceEditPage>(p => p.Add(x => x.ServiceId, "ktp-el"));
        Assert.Equal("25", again.Find(Input("service-notice-minutes")).GetAttribute("value"));
        Assert.Equal("5", again.Find(Input("service-notice-places")).GetAttribute("value"));
        Assert.Null(again.Find(KindInput(NoticeKind.Survey)).GetAttribute("checked"));
        Assert.NotNull(again.Find(KindInput(NoticeKind.Called)).GetAttribute("checked"));
    }

    [Fact]
    public void ServiceEditor_ComeBackMinutesPastTheLimit_IsRefusedUnderThatField()
    {
        SignedInAs("admin");
        var page = Render<ServiceEditPage>(p => p.Add(x => x.ServiceId, "ktp-el"));

        page.Find(Input("service-notice-minutes")).Enter("500");
        page.Find("[data-testid='service-save']").Click();

        Assert.NotEmpty(page.Find("[data-testid='error-notices.comeBackMinutes']").TextContent.Trim());
        Assert.Equal(15, Engine.Catalog.FindService("ktp-el")!.Notices.ComeBackMinutes);
    }

    [Fact]
    public void ServiceEditor_AgencySupervisorOnAnotherAgencysService_SeesNoNoticeRules()
    {
        SignedInAs("supervisor-disdukcapil");
        var page = Render<ServiceEditPage>(p => p.Add(x => x.ServiceId, "paspor"));

        Assert.Empty(page.FindAll("[data-testid='service-notice-kinds']"));
        Assert.Empty(page.FindAll("[data-testid='service-save']"));
    }

    [Fact]
    public void NoticeChannelOrder_MovedAndTurnedOff_GivesTheChannelsOnInOrder()
    {
        var order = NoticeChannelOrder.From([NoticeChannel.WhatsApp]);
        Assert.Equal([NoticeChannel.WhatsApp, NoticeChannel.WebPush, NoticeChannel.Sms], order.Rows.Select(r => r.Channel));

        order.Rows.Single(r => r.Channel == NoticeChannel.Sms).On = true;
        order.MoveUp(NoticeChannel.Sms);
        order.MoveUp(NoticeChannel.Sms);
        order.MoveUp(NoticeChannel.Sms);

        Assert.Equal<NoticeChannel>([NoticeChannel.Sms, NoticeChannel.WhatsApp], order.ToChannels().ToArray());
    }
}
