using System.Collections.Immutable;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.Admin.Pages.People;
using MppQueue.Admin.People;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;
using MudBlazor;
using static MppQueue.Admin.Tests.People.PeopleForms;

namespace MppQueue.Admin.Tests.People;

/// <summary>
/// The webhooks page over a real <see cref="WebhookService"/> on the test store. Its delivery loops never run here
/// (nothing calls RunAsync), and its HTTP client answers 503 without leaving the process, so what a test sees is what
/// the page and the administration did.
/// </summary>
public class WebhooksPageTests : AdminTestBase
{
    public WebhooksPageTests()
    {
        SignedInAs("admin");
        Services.AddSingleton(_ => new WebhookService(Store, Store, new HttpClient(new Unavailable()), new WebhookOptions(), Time, NullLogger<WebhookService>.Instance));
    }

    private WebhookService Webhooks => Services.GetRequiredService<WebhookService>();

    private List<AuditEntry> Audit() => [.. Store.LoadAudit(DateTimeOffset.UnixEpoch, Time.GetUtcNow().AddDays(1))];

    [Fact]
    public void Create_ForAnAgencysSystem_ShowsTheSecretOnceAndAuditsWithoutIt()
    {
        var page = Render<WebhooksPage>();
        Assert.Equal("Belum ada langganan webhook.", Text(page, "no-webhooks"));

        Type(page, "webhook-name", "Sistem antrean Polres");
        Type(page, "webhook-url", "https://polres.example.go.id/webhook");
        Choose(page, "webhook-agency", "polres");
        ChooseTypes(page, "ticket.called", "ticket.done");
        Press(page, "create-submit");

        var made = Assert.Single(Webhooks.List());
        Assert.Equal(made.Secret, Text(page, "webhook-secret-text"));
        Assert.StartsWith(WebhookSigner.SecretPrefix, made.Secret, StringComparison.Ordinal);
        Assert.Contains("tidak akan ditampilkan lagi", Text(page, "webhook-secret"), StringComparison.Ordinal);
        Assert.Equal(("polres", (string?)null), (made.AgencyId, made.OwnerId));
        Assert.Equal([JournalEventType.TicketCalled, JournalEventType.TicketDone], made.Types);
        var row = Row(page, "data-webhook-id", made.Id);
        Assert.Contains("Administrasi", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kepolisian Resor Harapan Jaya", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("ticket.called, ticket.done", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Aktif", row.QuerySelector("[data-testid='webhook-state']")!.TextContent.Trim());
        var audit = Assert.Single(Audit());
        Assert.Equal((AuditActions.WebhookCreated, "admin", made.Id), (audit.Action, audit.ActorId, audit.Subject));
        Assert.DoesNotContain(made.Secret, audit.Detail, StringComparison.Ordinal);

        var again = Render<WebhooksPage>();
        Assert.Empty(again.FindAll("[data-testid='webhook-secret']"));
        Assert.DoesNotContain(made.Secret, again.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateConnector_UserKeyLongerThanAllowed_IsCountedAndRefusedInWords()
    {
        var page = Render<WebhooksPage>();
        Type(page, "connector-name", "BPJS Antrean Online");
        Type(page, "connector-url", "https://apijkn.example.go.id/antreanrs/antrean/updatewaktu");
        Type(page, "connector-consumer", "12345");
        Type(page, "connector-secret", "rahasia-bpjs");
        Type(page, "connector-user-key", new string('k', WebhookService.MaxUserKeyLength + 1));

        Assert.Contains("Paling banyak 200 karakter: hapus 1 karakter.", page.Markup, StringComparison.Ordinal);
        Press(page, "connector-submit");

        Assert.Equal("user_key paling banyak 200 karakter.", Text(page, "connector-error"));
        Assert.Empty(Webhooks.List());
    }

    [Fact]
    public void CreateConnector_ThenTestIt_KeepsTheFailedTestWithIt_AndAuditsWithoutTheSecret()
    {
        var page = Render<WebhooksPage>();
        Type(page, "connector-tasks", "ticket.called=2, ticket.teleported=3");
        Type(page, "connector-name", "BPJS Antrean Online");
        Type(page, "connector-url", "https://apijkn.example.go.id/antreanrs/antrean/updatewaktu");
        Type(page, "connector-consumer", "12345");
        Type(page, "connector-secret", "rahasia-bpjs");
        Press(page, "connector-submit");
        Assert.Equal("Tulis langkah sebagai jenis.kejadian=nomor (1 sampai 999), dipisah koma.", Text(page, "connector-error"));

        Type(page, "connector-tasks", ConnectorSettings.DefaultTasks);
        Press(page, "connector-submit");
        var made = Assert.Single(Webhooks.List());
        Assert.Equal((WebhookFormat.BookingTimestamps, "12345"), (made.Format, made.Connector!.ConsumerId));
        var row = Row(page, "data-webhook-id", made.Id).TextContent;
        Assert.Contains("Konektor: ticket.called=2", row, StringComparison.Ordinal);
        Assert.Contains("booking.checked_in=1", row, StringComparison.Ordinal);
        Assert.DoesNotContain("rahasia-bpjs", page.Markup, StringComparison.Ordinal);

        Row(page, "data-webhook-id", made.Id).QuerySelector("[data-testid='details']")!.Click();
        Press(page, "test-connection");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid='test-row']")));
        Assert.Equal("no", page.Find("[data-testid='test-row']").GetAttribute("data-passed"));
        Assert.StartsWith("Koneksi BPJS Antrean Online gagal: HTTP 503", Text(page, "webhook-row-error"), StringComparison.Ordinal);
        Assert.Equal(503, Assert.Single(Store.LoadWebhooks()).Tests.Single().StatusCode);
        Assert.Equal([AuditActions.ConnectorCreated, AuditActions.WebhookTested], Audit().Select(a => a.Action));
        Assert.All(Audit(), a => Assert.DoesNotContain("rahasia-bpjs", a.Detail, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://dasbor.example.go.id/webhook", "Alamat harus memakai https://.")]
    [InlineData("https://127.0.0.1/webhook", "Alamat tidak boleh menunjuk ke server ini sendiri.")]
    public void Create_RefusedAddress_SaysWhyInIndonesianAndMakesNothing(string url, string message)
    {
        var page = Render<WebhooksPage>();

        Type(page, "webhook-name", "Dasbor Pemkot");
        Type(page, "webhook-url", url);
        Press(page, "create-submit");

        Assert.Equal(message, Text(page, "create-error"));
        Assert.Empty(Webhooks.List());
        Assert.Empty(page.FindAll("[data-testid='webhook-secret']"));
        Assert.Empty(Audit());
    }

    [Fact]
    public void Replay_StoppedSubscription_ShowsItsDeadLettersAndErrorThenRestartsBeforeTheChosenSequence()
    {
        for (var i = 0; i < 3; i++)
        {
            Engine.Issue(new IssueRequest("ktp-el"));
        }

        var journal = Store.ReadJournal(0, 100);
        Assert.Equal(3, journal.Count);
        var stopped = Stopped("Dasbor Pemkot", cursor: 0, error: "HTTP 503 Service Unavailable");
        var page = Render<WebhooksPage>();

        var row = Row(page, "data-webhook-id", stopped.Id);
        Assert.Equal("Berhenti", row.QuerySelector("[data-testid='webhook-state']")!.TextContent.Trim());
        Assert.Equal("3", row.QuerySelector("[data-testid='webhook-waiting']")!.TextContent.Trim());
        Assert.Equal("HTTP 503 Service Unavailable", row.QuerySelector("[data-testid='webhook-last-error']")!.TextContent.Trim());
        Press(page, "details");
        Assert.Contains("HTTP 503 Service Unavailable", Text(page, "details-last-error"), StringComparison.Ordinal);
        Assert.Equal(journal.Select(e => e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)), page.FindAll("[data-testid='waiting-row']").Select(r => r.GetAttribute("data-sequence")));
        var replayFrom = page.FindComponents<MudNumericField<long?>>().Single();
        Assert.Equal(journal[0].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), replayFrom.Find("input").GetAttribute("value"));

        replayFrom.Find("input").Enter(journal[1].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Press(page, "replay");

        var replayed = Webhooks.Find(stopped.Id)!;
        Assert.Equal((WebhookState.Active, 0, journal[0].Id), (replayed.State, replayed.Failures, replayed.Cursor));
        Assert.Equal("Aktif", Row(page, "data-webhook-id", stopped.Id).QuerySelector("[data-testid='webhook-state']")!.TextContent.Trim());
        Assert.Equal(2, page.FindAll("[data-testid='waiting-row']").Count);
        Assert.Contains("mulai urutan " + journal[1].Sequence, Text(page, "webhook-notice"), StringComparison.Ordinal);
        Assert.Equal((AuditActions.WebhookReplayed, stopped.Id), Audit().Select(a => (a.Action, a.Subject!)).Single());
    }

    [Fact]
    public void Delete_TakesTwoClicksAndIsAudited()
    {
        var stopped = Stopped("Sistem Samsat", cursor: 0, error: "No answer within 10 s.");
        var page = Render<WebhooksPage>();
        Press(page, "details");

        Press(page, "delete");
        Assert.Equal("Hapus: yakin?", Text(page, "delete"));
        Assert.NotNull(Webhooks.Find(stopped.Id));
        Press(page, "delete");

        Assert.Null(Webhooks.Find(stopped.Id));
        Assert.Equal("Langganan Sistem Samsat dihapus.", Text(page, "webhook-notice"));
        Assert.Empty(page.FindAll("[data-testid='webhook-details']"));
        Assert.Equal("Belum ada langganan webhook.", Text(page, "no-webhooks"));
        Assert.Equal((AuditActions.WebhookDeleted, "admin"), Audit().Select(a => (a.Action, a.ActorId!)).Single());
    }

    [Fact]
    public void Actions_BySupervisor_AreRefused()
    {
        Engine.Issue(new IssueRequest("ktp-el"));
        var stopped = Stopped("Dasbor Pemkot", cursor: 0, error: "HTTP 500 Internal Server Error");
        SignedInAs("supervisor");
        var page = Render<WebhooksPage>();

        Type(page, "webhook-name", "Dasbor");
        Type(page, "webhook-url", "https://dasbor.example.go.id/webhook");
        Press(page, "create-submit");
        Assert.Equal("Hanya admin yang mengelola webhook.", Text(page, "create-error"));
        Press(page, "details");
        Press(page, "replay");
        Assert.Equal("Hanya admin yang mengelola webhook.", Text(page, "webhook-row-error"));

        Assert.Equal(WebhookState.Stopped, Assert.Single(Webhooks.List()).State);
        Assert.Empty(Audit());
    }

    /// <summary>A subscription stored as stopped after failures, before the service reads the store.</summary>
    private WebhookSubscription Stopped(string name, long cursor, string error)
    {
        var subscription = new WebhookSubscription
        {
            Id = Tokens.NewId(),
            Name = name,
            Url = new Uri("https://dasbor.example.go.id/webhook"),
            Secret = WebhookSigner.NewSecret(),
            Types = ImmutableSortedSet<JournalEventType>.Empty,
            State = WebhookState.Stopped,
            Cursor = cursor,
            Failures = 10,
            LastError = error,
            LastAttemptAt = Time.GetUtcNow().AddMinutes(-1),
            StoppedAt = Time.GetUtcNow().AddMinutes(-1),
            CreatedAt = Time.GetUtcNow().AddHours(-1),
        };
        Store.SaveWebhook(subscription);
        return subscription;
    }

    private static void ChooseTypes(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> page, params string[] types)
    {
        var select = page.FindComponents<MudSelect<string>>().Single(c => c.Instance.UserAttributes.TryGetValue("data-testid", out var id) && Equals(id, "webhook-types"));
        page.InvokeAsync(() => select.Instance.SelectedValuesChanged.InvokeAsync(types)).GetAwaiter().GetResult();
    }

    private sealed class Unavailable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
    }
}
