using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// Reads the audit log for the audit page: a period of site-local days, optionally one actor, newest first.
/// Admins and MPP-wide supervisors see every entry. Entries carry no agency of their own, so for an
/// agency-scoped supervisor an entry is about their agency when its actor is one of the agency's accounts, or
/// its subject is the agency itself or one of its services, desks, accounts or tickets; entries about anything
/// else (devices, zones, the site, backups, other agencies) are not shown to them. Each row is in words
/// (<see cref="AuditWords"/>), in the current language.
/// </summary>
public sealed class AuditLog(
    IQueueStore store,
    QueueEngine engine,
    ScreenRegistry registry,
    ApiClientRegistry clients,
    IComplaintStore? complaints = null,
    WebhookService? webhooks = null)
{
    public const int MaxRows = 500;

    /// <summary>The longest period one query reads, so a typo in a year cannot load the whole log.</summary>
    public const int MaxDays = 366;

    /// <summary>The counter's page of a ticket's history (CounterRoutes.Ticket; the admin area may not reference the counter).</summary>
    public static string TicketPath(string ticketId) => "/counter/tickets/" + Uri.EscapeDataString(ticketId);

    public AuditResult Load(Officer viewer, DateOnly firstDay, DateOnly lastDay, string? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.Role is not (OfficerRole.Admin or OfficerRole.Supervisor) || lastDay < firstDay)
        {
            return new AuditResult([], false);
        }

        if (lastDay.DayNumber - firstDay.DayNumber >= MaxDays)
        {
            firstDay = lastDay.AddDays(-(MaxDays - 1));
        }

        var catalog = engine.Catalog;
        var zone = catalog.Site.TimeZone;
        var entries = store.LoadAudit(
            SiteClock.ToInstant(firstDay, TimeOnly.MinValue, zone),
            SiteClock.ToInstant(lastDay.AddDays(1), TimeOnly.MinValue, zone));
        var officers = store.LoadOfficers().ToDictionary(o => o.Id, StringComparer.Ordinal);
        var words = Words(catalog, officers);
        var scoped = viewer.Role != OfficerRole.Admin && viewer.AgencyId is not null;

        var rows = new List<AuditRow>();
        var truncated = false;
        foreach (var entry in entries.Reverse())
        {
            if (actorId is not null && entry.ActorId != actorId)
            {
                continue;
            }

            var ticket = IsKnownNonTicket(entry.Subject, catalog, officers) ? null : store.FindTicket(entry.Subject);
            if (scoped && !IsAboutAgency(entry, viewer.AgencyId!, catalog, officers, ticket))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                truncated = true;
                break;
            }

            rows.Add(new AuditRow(
                entry,
                words.Actor(entry.ActorId),
                AuditWords.Action(entry),
                words.Subject(entry, ticket),
                words.Detail(entry),
                ticket is null ? null : TicketPath(ticket.Id)));
        }

        return new AuditResult(rows, truncated);
    }

    private static bool IsKnownNonTicket(string subject, SiteCatalog catalog, Dictionary<string, Officer> officers) =>
        officers.ContainsKey(subject) || catalog.FindDesk(subject) is not null || catalog.FindService(subject) is not null
        || catalog.Agencies.ContainsKey(subject) || catalog.Zones.ContainsKey(subject);

    private static bool IsAboutAgency(AuditEntry entry, string agencyId, SiteCatalog catalog, Dictionary<string, Officer> officers, Ticket? ticket)
    {
        if (entry.ActorId is { } actorId && officers.TryGetValue(actorId, out var actor) && actor.AgencyId == agencyId)
        {
            return true;
        }

        var subject = entry.Subject;
        return subject == agencyId
            || catalog.FindDesk(subject)?.AgencyId == agencyId
            || catalog.FindService(subject)?.AgencyId == agencyId
            || (officers.TryGetValue(subject, out var officer) && officer.AgencyId == agencyId)
            || (ticket is not null && new[] { ticket.ServiceId, ticket.IssuingServiceId, ticket.TransferredFromServiceId }
                .Any(id => catalog.FindService(id)?.AgencyId == agencyId));
    }

    private AuditWords Words(SiteCatalog catalog, Dictionary<string, Officer> officers)
    {
        // Devices, API clients and webhook subscriptions are named by their ids; ids are random, so one map holds all.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var device in registry.Screens())
        {
            names[device.Id] = device.Name;
        }

        foreach (var client in clients.Clients())
        {
            names[client.Id] = client.Name;
        }

        foreach (var hook in webhooks?.List() ?? [])
        {
            names[hook.Id] = hook.Name;
        }

        return new AuditWords(catalog, officers, names, id => complaints?.FindComplaint(id), store.FindBooking);
    }
}
