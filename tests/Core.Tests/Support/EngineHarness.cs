using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace MppQueue.Core.Tests.Support;

/// <summary>An engine on an in-memory store and a fake clock set to Monday 23 November 2026, 08:00 site time.</summary>
public sealed class EngineHarness
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public EngineHarness(SiteCatalog? catalog = null, DateTime? localStart = null)
    {
        catalog ??= TestSite.Build();
        CatalogEditor.SeedIfEmpty(Store, catalog);
        var start = localStart ?? new DateTime(2026, 11, 23, 8, 0, 0);
        Clock = new FakeTimeProvider(SiteClock.ToInstant(DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start), catalog.Site.TimeZone));
        Engine = new QueueEngine(Store, Clock, Notifier);
        Notifier.Subscribe(Events.Add);
    }

    public InMemoryQueueStore Store { get; } = new();

    public FakeTimeProvider Clock { get; }

    public QueueNotifier Notifier { get; } = new();

    public QueueEngine Engine { get; private set; }

    public List<QueueEvent> Events { get; } = [];

    public Ticket Issue(string service = "a", PriorityGroup priority = PriorityGroup.None)
    {
        var ticket = Engine.Issue(new IssueRequest(service, priority));
        Clock.Advance(TimeSpan.FromMinutes(1));
        return ticket;
    }

    /// <summary>An officer of the desk's agency, stored and signed in at the desk.</summary>
    public Officer SignIn(string deskId, string officerId = "o1", OfficerRole role = OfficerRole.Officer)
    {
        var officer = Officer(officerId, Engine.Catalog.Desks[deskId].AgencyId, role);
        Engine.SignInToDesk(deskId, officer);
        return officer;
    }

    public Officer Officer(string id, string? agencyId, OfficerRole role = OfficerRole.Officer)
    {
        var officer = new Officer { Id = id, UserName = id, DisplayName = "Petugas " + id, Role = role, AgencyId = agencyId };
        Store.SaveOfficer(officer);
        return officer;
    }

    /// <summary>Starts a fresh engine on the same store, as after a restart.</summary>
    public QueueEngine Restart()
    {
        Engine = new QueueEngine(Store, Clock, Notifier);
        return Engine;
    }

    public static QueueException Refused(Action action) => Assert.Throws<QueueException>(action);

    public static QueueException Refused(Func<object> action) => Assert.Throws<QueueException>(() => { action(); });
}
