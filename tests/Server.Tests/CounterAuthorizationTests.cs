using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Every counter page and every HTTP endpoint that changes a desk, tried by nobody, by an officer of another agency and
/// by the right officer: only the last gets through. (The queue moves themselves run in the page's live circuit, where
/// the engine refuses anyone who does not hold the desk; see tests/Counter.Tests and tests/Core.Tests.) The tests that
/// only read, or add their own tickets, share one started server; those that seat an officer at a desk start their own.
/// </summary>
public class CounterAuthorizationTests(SharedHost host) : IClassFixture<SharedHost>
{
    private const string Disdukcapil = "petugas.disdukcapil";
    private const string Samsat = "petugas.samsat";

    [Fact]
    public async Task Get_Desk_ByTheRightOfficer_ShowsTheDeskReadyToStart()
    {
        var factory = host.Factory;
        using var disdukcapil = await Accounts.SignedInAsync(factory, Disdukcapil);

        using var served = await disdukcapil.GetAsync("/counter/loket-01");
        var page = await served.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("data-testid=\"desk-title\"", page, StringComparison.Ordinal);
        Assert.Contains("Mulai bertugas di loket ini", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DeskList_ShowsOnlyTheOfficersOwnAgencysDesks()
    {
        var factory = host.Factory;
        using var samsat = await Accounts.SignedInAsync(factory, Samsat);

        var page = await samsat.GetStringAsync("/counter");

        Assert.Contains("data-desk-id=\"loket-09\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-desk-id=\"loket-01\"", page, StringComparison.Ordinal);
        Assert.Contains("Sri Wahyuningsih", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TicketHistory_AgencySupervisor_SeesOwnAgencysTicketsOnly()
    {
        var factory = host.Factory;
        var (own, desk) = factory.IssueAndCall("ktp-el");
        factory.Engine.Recall(desk.Id, own.Id);
        var foreign = factory.Engine.Issue(new IssueRequest("pajak-kendaraan"));
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor.disdukcapil");

        var ownPage = await supervisor.GetStringAsync("/counter/tickets/" + own.Id);
        var foreignPage = await supervisor.GetStringAsync("/counter/tickets/" + foreign.Id);
        var list = await supervisor.GetStringAsync("/counter/tickets");

        Assert.Contains("data-kind=\"Recall\"", ownPage, StringComparison.Ordinal);
        Assert.Contains($"Loket {desk.Number}", ownPage, StringComparison.Ordinal);
        Assert.Contains("bukan milik instansi Anda", foreignPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=", foreignPage, StringComparison.Ordinal);
        Assert.Contains($"data-number=\"{own.Number}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-number=\"{foreign.Number}\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TicketHistory_MppSupervisor_SeesAnyAgencysTicket()
    {
        var factory = host.Factory;
        var foreign = factory.Engine.Issue(new IssueRequest("pajak-kendaraan"));
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        var page = await supervisor.GetStringAsync("/counter/tickets/" + foreign.Id);

        Assert.Contains("data-kind=\"Issue\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostSignOut_WithoutTheFormsToken_IsRefused()
    {
        using var factory = new MppQueueFactory();
        using var officer = await Accounts.SignedInAsync(factory, Disdukcapil);
        var holder = factory.Engine.Catalog.Desks["loket-01"];
        factory.Engine.SignInToDesk(holder.Id, Officer(factory, "petugas-disdukcapil"));

        using var content = new FormUrlEncodedContent([]);
        using var response = await officer.PostAsync("/account/signout", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("petugas-disdukcapil", factory.Engine.DeskHolder(holder.Id));
    }

    [Fact]
    public async Task PostSignOut_Anonymous_OrByAnotherAgency_LeavesTheDesk_ByTheHolder_FreesItAndEndsTheSession()
    {
        using var factory = new MppQueueFactory();
        var desk = factory.Engine.Catalog.Desks["loket-01"];
        factory.Engine.SignInToDesk(desk.Id, Officer(factory, "petugas-disdukcapil"));
        using var anonymous = Accounts.Client(factory);
        using var samsat = await Accounts.SignedInAsync(factory, Samsat);
        using var holder = await Accounts.SignedInAsync(factory, Disdukcapil);

        using (await SignOutAsync(anonymous, "/account/signin"))
        using (await SignOutAsync(samsat, "/counter"))
        {
            Assert.Equal("petugas-disdukcapil", factory.Engine.DeskHolder(desk.Id));
        }

        using var signedOut = await SignOutAsync(holder, "/counter");
        using var after = await holder.GetAsync("/counter");

        Assert.Equal("/account/signin?signedOut=true", signedOut.Headers.Location?.OriginalString);
        Assert.Null(factory.Engine.DeskHolder(desk.Id));
        Assert.StartsWith("/account/signin", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static Officer Officer(MppQueueFactory factory, string id) =>
        factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().Single(o => o.Id == id);

    // The sign-out button is a form on the page the person is on; its token comes from that page.
    private static async Task<HttpResponseMessage> SignOutAsync(HttpClient client, string pageWithForm)
    {
        var page = await client.GetStringAsync(pageWithForm);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Accounts.Token(page) });
        return await client.PostAsync("/account/signout", content);
    }
}
