using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>The visitor's complaint: its text, one per ticket, when it may be sent, the rate per ticket, and a body without personal data.</summary>
public sealed class ComplaintRulesTests : IDisposable
{
    private readonly EngineHarness _harness = new();
    private readonly InMemoryComplaintStore _store = new();
    private readonly HttpClient _http = new();
    private readonly ComplaintForwarder _forwarder;
    private readonly Officer _admin;

    public ComplaintRulesTests()
    {
        _forwarder = new ComplaintForwarder(_harness.Engine, _store, _harness.Store, _http, new ComplaintOptions { TriesPerTicket = 3 }, _harness.Clock, NullLogger<ComplaintForwarder>.Instance);
        _admin = _harness.Officer("admin", null, OfficerRole.Admin);
        _forwarder.SaveChannel(_admin, "disdukcapil", "https://lapor.example.go.id/api/complaints", "token-rahasia");
    }

    [Fact]
    public void Clean_TextAtTheLimit_IsKeptTrimmedWithPlainLineBreaks_OneMoreIsRefused()
    {
        var limit = new string('a', ComplaintText.MaxLength);

        Assert.Equal(limit, ComplaintText.Clean("  " + limit + "\r\n"));
        Assert.Equal("Antre lama.\nPetugas tidak ada.", ComplaintText.Clean(" Antre lama.\r\nPetugas tidak ada. "));
        Assert.Equal("menunggu < 10 menit <3", ComplaintText.Clean("menunggu < 10 menit <3"));
        Assert.Equal(ComplaintError.TooLong, Assert.Throws<ComplaintException>(() => ComplaintText.Clean(limit + "b")).Error);
        Assert.Equal(ComplaintError.HasMarkup, Assert.Throws<ComplaintException>(() => ComplaintText.Clean("lihat <script>alert(1)</script>")).Error);
        Assert.Equal(ComplaintError.NotPlainText, Assert.Throws<ComplaintException>(() => ComplaintText.Clean("a\u0007b")).Error);
        Assert.Equal(ComplaintError.Empty, Assert.Throws<ComplaintException>(() => ComplaintText.Clean(" \n ")).Error);
    }

    [Fact]
    public void Submit_SecondComplaintForTheSameTicket_IsRefusedAndOnlyTheFirstIsKept()
    {
        var ticket = _harness.Issue("a");

        var first = _forwarder.Submit(ticket.Token, "Antrean tidak bergerak satu jam.");
        var refusal = Assert.Throws<ComplaintException>(() => _forwarder.Submit(ticket.Token, "Lagi!"));

        Assert.Equal(ComplaintError.AlreadySent, refusal.Error);
        Assert.Contains(ticket.Number.ToString(), refusal.Describe(EngineHarness.Indonesian), StringComparison.Ordinal);
        Assert.Equal(first.Id, Assert.Single(_store.All).Id);
        Assert.Equal(("disdukcapil", "a", ticket.Id, ComplaintState.Waiting), (first.AgencyId, first.ServiceId, first.TicketId, first.State));
    }

    [Fact]
    public void Submit_AgencyWithoutForwarding_OrCancelledTicket_IsRefused()
    {
        var polres = _harness.Issue("sk");
        var cancelled = _harness.Issue("a");
        _harness.Engine.CancelByToken(cancelled.Token);

        Assert.Equal(ComplaintError.NotForwarded, Assert.Throws<ComplaintException>(() => _forwarder.Submit(polres.Token, "Lama sekali.")).Error);
        Assert.Equal(ComplaintError.NotNow, Assert.Throws<ComplaintException>(() => _forwarder.Submit(cancelled.Token, "Lama sekali.")).Error);
        Assert.Equal(ComplaintError.UnknownTicket, Assert.Throws<ComplaintException>(() => _forwarder.Submit("no-such-token", "Lama sekali.")).Error);
        Assert.Empty(_store.All);
    }

    [Fact]
    public void Submit_TooManyTriesFromOneTicket_IsRefusedUntilTheWindowPasses()
    {
        var ticket = _harness.Issue("a");
        for (var i = 0; i < 3; i++)
        {
            Assert.Throws<ComplaintException>(() => _forwarder.Submit(ticket.Token, "<b>x</b>"));
        }

        Assert.Equal(ComplaintError.TooManyTries, Assert.Throws<ComplaintException>(() => _forwarder.Submit(ticket.Token, "Antrean lama.")).Error);
        _harness.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(ComplaintState.Waiting, _forwarder.Submit(ticket.Token, "Antrean lama.").State);
    }

    [Fact]
    public void Body_NamesAgencyServiceAndTicketNumber_AndNothingPersonal()
    {
        var ticket = _harness.Issue("a");
        var complaint = _forwarder.Submit(ticket.Token, "Petugas loket 1 tidak ramah.");

        var body = ComplaintRequests.Body(complaint, _harness.Engine.Catalog);

        using var json = JsonDocument.Parse(body);
        var fields = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["title"] = "Pengaduan layanan Layanan A di MPP Uji",
                ["content"] = "Petugas loket 1 tidak ramah.",
                ["agency"] = "Disdukcapil",
                ["service"] = "Layanan A",
                ["ticketNumber"] = ticket.Number.ToString(),
                ["serviceDate"] = "2026-11-23",
                ["channel"] = "MppQueue",
            },
            fields);
        Assert.DoesNotContain(ticket.Token, body, StringComparison.Ordinal);
        Assert.DoesNotContain(ticket.Id, body, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveChannel_PlainHttpOrNoToken_IsRefused_AndAnEmptyTokenKeepsTheStoredOne()
    {
        Assert.Equal(ComplaintError.EndpointNotHttps, Assert.Throws<ComplaintException>(() => _forwarder.SaveChannel(_admin, "polres", "http://lapor.example/api", "t")).Error);
        Assert.Equal(ComplaintError.TokenRequired, Assert.Throws<ComplaintException>(() => _forwarder.SaveChannel(_admin, "polres", "https://lapor.example/api", " ")).Error);
        var supervisor = _harness.Officer("spv", "disdukcapil", OfficerRole.Supervisor);
        Assert.Equal(ComplaintError.NotAllowed, Assert.Throws<ComplaintException>(() => _forwarder.SaveChannel(supervisor, "disdukcapil", "https://x.example/", "t")).Error);

        var kept = _forwarder.SaveChannel(_admin, "disdukcapil", "https://lapor.example.go.id/api/v2/complaints", null);

        Assert.Equal("token-rahasia", kept!.Token);
        Assert.DoesNotContain(_harness.Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), a => (a.Detail ?? string.Empty).Contains("token-rahasia", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _forwarder.Dispose();
        _http.Dispose();
    }
}
