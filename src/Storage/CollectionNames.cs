namespace MppQueue.Storage;

/// <summary>
/// Every collection in a data file, in one place because several stores share some (tickets and counters, the marks).
/// These names are the file format: renaming one leaves an existing file's documents behind.
/// </summary>
internal static class CollectionNames
{
    public const string Sites = "sites";
    public const string Zones = "zones";
    public const string Agencies = "agencies";
    public const string Services = "services";
    public const string Desks = "desks";
    public const string Officers = "officers";
    public const string Tickets = "tickets";
    public const string Bookings = "bookings";
    public const string DeskStates = "deskStates";
    public const string Counters = "counters";
    public const string Audit = "audit";
    public const string Marks = "marks";
    public const string Screens = "screens";
    public const string SurveyResponses = "surveyResponses";
    public const string DailyRollups = "dailyRollups";
    public const string RollupDays = "rollupDays";
    public const string Logos = "siteLogo";
    public const string Journal = "journal";
    public const string Webhooks = "webhooks";
    public const string WebhookAttempts = "webhookAttempts";
    public const string ApiClients = "apiClients";
    public const string Complaints = "complaints";
    public const string ComplaintChannels = "complaintChannels";
    public const string NoticeContacts = "noticeContacts";
    public const string Notices = "notices";
    public const string NoticeState = "noticeState";
    public const string StaffDays = "staffDays";
}
