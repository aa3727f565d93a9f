using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>The journal on a real data file: written in the move's transaction, read in order, trimmed but never emptied.</summary>
public abstract class JournalStoreTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, Wib));

    [Fact]
    public void Moves_AreReadBackInOrder_AfterReopening_AndSequencesGoOn()
    {
        string[] expected;
        long last;
        using (var store = Open())
        {
            var engine = new QueueEngine(store, _time, new QueueNotifier());
            var ticket = engine.Issue(new IssueRequest("ktp-el"));
            engine.SignInToDesk("loket-01", Officer(store));
            engine.CallNext("loket-01", "rina");
            engine.Finish("loket-01", ticket.Id, "rina");
            expected = ["ticket.issued", "desk.opened", "ticket.called", "ticket.done"];
            last = store.LastJournalId();
        }

        using var reopened = Open();
        var journal = reopened.ReadJournal(0, 100);
        var again = new QueueEngine(reopened, _time, new QueueNotifier()).Issue(new IssueRequest("ktp-el"));

        Assert.Equal(expected, journal.Select(e => e.Type.Name()));
        Assert.Equal([1L, 2, 3, 4], journal.Select(e => e.Id));
        Assert.Equal(4, last);
        Assert.Equal(journal[^1].Sequence + 1, again.LastSequence);
        Assert.Equal(journal.Skip(2).Select(e => e.Id), reopened.ReadJournal(2, 2).Select(e => e.Id));
        Assert.Equal(2, reopened.JournalIdBefore(journal[2].Sequence));
        Assert.Equal(journal[0].At, reopened.ReadJournal(0, 1)[0].At);
        Assert.Equal(journal[0].At.Offset, Wib);
    }

    [Fact]
    public void RefusedInsert_WritesNoEntry()
    {
        using var store = Open();
        var engine = new QueueEngine(store, _time, new QueueNotifier());
        var ticket = engine.Issue(new IssueRequest("ktp-el"));
        var entry = JournalEntries.ForTicket(ticket, engine.Catalog);

        // The same ticket again: its id is taken, the transaction is rolled back with its journal entry.
        Assert.ThrowsAny<Exception>(() => store.InsertTicket(ticket, null, [entry]));

        Assert.Single(store.ReadJournal(0, 10));
    }

    [Fact]
    public void Prune_RemovesOldDeliveredEntries_ButKeepsTheNewest()
    {
        using var store = Open();
        var engine = new QueueEngine(store, _time, new QueueNotifier());
        for (var i = 0; i < 5; i++)
        {
            engine.Issue(new IssueRequest("ktp-el"));
        }

        Assert.Equal(2, store.PruneJournal(2, _time.GetUtcNow().AddMinutes(1)));
        Assert.Equal(0, store.PruneJournal(5, _time.GetUtcNow()));
        Assert.Equal(2, store.PruneJournal(long.MaxValue, _time.GetUtcNow().AddMinutes(1)));

        Assert.Equal([5L], store.ReadJournal(0, 10).Select(e => e.Id));
        engine.Issue(new IssueRequest("ktp-el"));
        Assert.Equal([5L, 6], store.ReadJournal(0, 10).Select(e => e.Id));
    }

    [Fact]
    public void WebhookCursors_SavedAfterTheSubscriptionWasDeleted_DoNotBringItBack()
    {
        using var store = Open();
        var subscription = new WebhookSubscription
        {
            Id = "wh-1",
            Name = "Dasbor kota",
            Url = new Uri("https://dasbor.example.go.id/hook"),
            Secret = "rahasia",
            CreatedAt = _time.GetUtcNow(),
        };
        store.SaveWebhook(subscription);
        store.SaveWebhooks([subscription with { Cursor = 3 }]);
        Assert.Equal(3, Assert.Single(store.LoadWebhooks()).Cursor);

        // Another node deleted it while this one was delivering: the delivery's cursor write finds nothing to update.
        store.DeleteWebhook("wh-1");
        store.SaveWebhooks([subscription with { Cursor = 4 }]);

        Assert.Empty(store.LoadWebhooks());
    }

    public void Dispose()
    {
        _folder.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Officer Officer(ITestStore store)
    {
        var officer = new Officer { Id = "rina", UserName = "rina", DisplayName = "Rina", Role = OfficerRole.Officer, AgencyId = "disdukcapil" };
        store.SaveOfficer(officer);
        return officer;
    }

    private ITestStore Open()
    {
        var store = Host.Open();
        CatalogEditor.SeedIfEmpty(store, DemoMpp.Build());
        return store;
    }
}

public sealed class JournalStoreOnLiteDbTests() : JournalStoreTests(new LiteStoreHost());

public sealed class JournalStoreOnPostgresTests() : JournalStoreTests(new PostgresStoreHost("JournalStore"));
