using MppQueue.Core;

namespace MppQueue.Storage;

/// <summary>
/// Every port over one <see cref="LiteFile"/> in one object, for tests, benchmarks and tools that want the whole
/// database at hand: it opens the file, delegates each call to the store of its port and closes the file when
/// disposed. It holds no logic of its own; the server registers the stores one by one instead
/// (<see cref="StorageServiceCollectionExtensions.AddLiteDbStorage"/>).
/// </summary>
public sealed partial class LiteQueueStore : IQueueStore, IJournalStore, ISurveyStore, IDeviceStore, IReportStore, IStaffStore, ISiteLogoStore, IApiClientStore, IWebhookStore, IBackupSource, IHistoryStore, IDisposable
{
    /// <summary>The file name that keeps the database in memory only (for tests).</summary>
    public const string InMemory = LiteFile.InMemory;

    private readonly LiteFile _file;
    private readonly LiteTicketStore _tickets;
    private readonly LiteSurveyStore _surveys;
    private readonly LiteDeviceStore _devices;
    private readonly LiteReportStore _reports;
    private readonly LiteStaffStore _staff;
    private readonly LiteSiteLogoStore _logo;
    private readonly LiteBackupSource _backup;
    private readonly LiteJournalStore _journal;
    private readonly LiteWebhookStore _webhooks;
    private readonly LiteApiClientStore _apiClients;
    private readonly LiteHistoryStore _history;

    /// <param name="path">The data file (its folder is created when missing), or <see cref="InMemory"/>.</param>
    public LiteQueueStore(string path)
        : this(new LiteFile(path))
    {
    }

    /// <summary>A store on a data stream and a log stream (see <see cref="LiteFile(Stream, Stream)"/>); for tests.</summary>
    internal static LiteQueueStore OnStreams(Stream data, Stream log) => new(new LiteFile(data, log));

    private LiteQueueStore(LiteFile file)
    {
        _file = file;
        _tickets = new LiteTicketStore(_file);
        _surveys = new LiteSurveyStore(_file);
        _devices = new LiteDeviceStore(_file);
        _reports = new LiteReportStore(_file);
        _staff = new LiteStaffStore(_file);
        _logo = new LiteSiteLogoStore(_file);
        _backup = new LiteBackupSource(_file);
        _journal = new LiteJournalStore(_file);
        _webhooks = new LiteWebhookStore(_file);
        _apiClients = new LiteApiClientStore(_file);
        _history = new LiteHistoryStore(_file, _tickets);
    }

    /// <summary>
    /// Creates the data file at <paramref name="path"/>, when there is none yet, from what <paramref name="fill"/> writes
    /// into a store held in memory, and writes it to disk at once: one file write and one fsync, where the same writes
    /// into an open file would cost a checkpoint each and, for a large one (the demo MPP's four weeks of history), an
    /// fsync per LiteDB page (docs/adr/0002-one-litedb-one-write-lock.md). The file appears complete or not at all (it
    /// is written beside and then renamed). Returns false, and writes nothing, when the file exists, the path is
    /// <see cref="InMemory"/>, or <paramref name="fill"/> returns false (it had nothing to write).
    /// </summary>
    public static bool CreateIfMissing(string path, Func<LiteQueueStore, bool> fill)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(fill);
        if (path == InMemory || File.Exists(path))
        {
            return false;
        }

        using var image = new MemoryStream();
        using (var store = new LiteQueueStore(new LiteFile(image)))
        {
            if (!fill(store))
            {
                return false;
            }
        }

        // Disposing the database has checkpointed everything into the image; a closed MemoryStream still gives its bytes.
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var beside = full + ".new";
        using (var file = new FileStream(beside, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(image.ToArray());
            file.Flush(flushToDisk: true);
        }

        File.Move(beside, full);
        return true;
    }

    /// <summary>The full path of the data file; null for an in-memory store.</summary>
    public bool BackedUpByServer => false;

    public string? DataFile => _file.DataFile;

    public SiteCatalog? LoadCatalog() => _tickets.LoadCatalog();

    public void SaveSite(Site site) => _tickets.SaveSite(site);

    public void SaveZone(Zone zone) => _tickets.SaveZone(zone);

    public void SaveAgency(Agency agency) => _tickets.SaveAgency(agency);

    public void SaveService(Service service) => _tickets.SaveService(service);

    public void SaveDesk(Desk desk) => _tickets.SaveDesk(desk);

    public IReadOnlyList<Officer> LoadOfficers() => _tickets.LoadOfficers();

    public void SaveOfficer(Officer officer) => _tickets.SaveOfficer(officer);

    public IReadOnlyList<Ticket> LoadTickets(DateOnly serviceDate) => _tickets.LoadTickets(serviceDate);

    public Ticket? FindTicket(string id) => _tickets.FindTicket(id);

    public Ticket? FindTicketByToken(string token) => _tickets.FindTicketByToken(token);

    public int LastNumber(DateOnly serviceDate, string prefix) => _tickets.LastNumber(serviceDate, prefix);

    public void InsertTicket(Ticket ticket, Booking? checkedInBooking, IReadOnlyList<JournalEntry>? journal = null) => _tickets.InsertTicket(ticket, checkedInBooking, journal);

    public void UpdateTicket(Ticket ticket, IReadOnlyList<JournalEntry>? journal = null) => _tickets.UpdateTicket(ticket, journal);

    /// <inheritdoc cref="LiteTicketStore.ImportTickets"/>
    public void ImportTickets(IReadOnlyCollection<Ticket> tickets) => _tickets.ImportTickets(tickets);

    public void ImportHistory(HistoryBatch batch) => _history.ImportHistory(batch);

    public Booking? FindBooking(string code) => _tickets.FindBooking(code);

    public void SaveBooking(Booking booking, IReadOnlyList<JournalEntry>? journal = null) => _tickets.SaveBooking(booking, journal);

    public Booking? FindBookingByToken(string token) => _tickets.FindBookingByToken(token);

    public IReadOnlyList<Booking> LoadBookings(DateOnly from, DateOnly? through = null) => _tickets.LoadBookings(from, through);

    public int EraseBookingHolders(DateOnly keepFrom, DateTimeOffset at) => _tickets.EraseBookingHolders(keepFrom, at);

    public IReadOnlyList<DeskState> LoadDeskStates() => _tickets.LoadDeskStates();

    public void SaveDeskState(DeskState state, IReadOnlyList<JournalEntry>? journal = null) => _tickets.SaveDeskState(state, journal);

    public void AppendAudit(AuditEntry entry) => _tickets.AppendAudit(entry);

    public IReadOnlyList<AuditEntry> LoadAudit(DateTimeOffset fromUtc, DateTimeOffset toUtc) => _tickets.LoadAudit(fromUtc, toUtc);

    public long LastSequence() => _tickets.LastSequence();

    public IReadOnlyList<JournalEntry> ReadJournal(long afterId, int max) => _journal.ReadJournal(afterId, max);

    public long LastJournalId() => _journal.LastJournalId();

    public long JournalIdBefore(long sequence) => _journal.JournalIdBefore(sequence);

    public int PruneJournal(long upToId, DateTimeOffset before) => _journal.PruneJournal(upToId, before);

    public IReadOnlyList<WebhookSubscription> LoadWebhooks() => _webhooks.LoadWebhooks();

    public void SaveWebhook(WebhookSubscription subscription) => _webhooks.SaveWebhook(subscription);

    public void SaveWebhooks(IReadOnlyCollection<WebhookSubscription> subscriptions) => _webhooks.SaveWebhooks(subscriptions);

    public void DeleteWebhook(string id) => _webhooks.DeleteWebhook(id);

    public void AppendWebhookAttempts(IReadOnlyCollection<(string WebhookId, WebhookAttempt Attempt)> attempts, int kept) => _webhooks.AppendWebhookAttempts(attempts, kept);

    public IReadOnlyList<WebhookAttempt> LoadWebhookAttempts(string webhookId) => _webhooks.LoadWebhookAttempts(webhookId);

    public bool TryAddResponse(SurveyResponse response) => _surveys.TryAddResponse(response);

    public IReadOnlyList<SurveyResponse> LoadResponses(DateOnly firstDay, DateOnly lastDay) => _surveys.LoadResponses(firstDay, lastDay);

    public bool HasResponse(string ticketId) => _surveys.HasResponse(ticketId);

    public IReadOnlyList<ScreenDevice> LoadScreens() => _devices.LoadScreens();

    public void SaveScreen(ScreenDevice screen) => _devices.SaveScreen(screen);

    public void SaveScreens(IReadOnlyCollection<ScreenDevice> screens) => _devices.SaveScreens(screens);

    public bool DeleteScreen(string id) => _devices.DeleteScreen(id);

    public IReadOnlyList<ApiClient> LoadApiClients() => _apiClients.LoadApiClients();

    public void SaveApiClient(ApiClient client) => _apiClients.SaveApiClient(client);

    public IReadOnlyList<RollupDay> LoadRollups(DateOnly firstDay, DateOnly lastDay) => _reports.LoadRollups(firstDay, lastDay);

    public void SaveRollups(IReadOnlyCollection<RollupDay> days) => _reports.SaveRollups(days);

    public int DiscardRollups(DateOnly firstDay, DateOnly lastDay) => _reports.DiscardRollups(firstDay, lastDay);

    public IReadOnlyList<StaffDay> LoadStaffDays(DateOnly firstDay, DateOnly lastDay) => _staff.LoadStaffDays(firstDay, lastDay);

    public void SaveStaffDays(IReadOnlyCollection<StaffDay> days) => _staff.SaveStaffDays(days);

    public SiteLogo? LoadLogo() => _logo.LoadLogo();

    public void SaveLogo(SiteLogo logo) => _logo.SaveLogo(logo);

    public bool RemoveLogo() => _logo.RemoveLogo();

    public bool CanBackup => _backup.CanBackup;

    public void WriteCopy(string destinationPath) => _backup.WriteCopy(destinationPath);

    public void Dispose() => _file.Dispose();
}
