using MppQueue.Core;
using MppQueue.PostgresTesting;
using MppQueue.Storage.Postgres;

namespace MppQueue.Storage.Tests.Contract;

/// <summary>The PostgreSQL store on a database of its own in the test process's cluster (<see cref="PostgresTestServer"/>).</summary>
public sealed class PostgresStoreHost(string? hint = null) : StoreHost
{
    public override string Name => "PostgreSQL";

    protected override Type DuplicateKeyException => typeof(Npgsql.PostgresException);

    public string ConnectionString { get; } = PostgresTestServer.Shared.CreateDatabase(hint);

    /// <summary>Opens the database as the application does: a new pool, the schema migrated, every port's store.</summary>
    public override ITestStore Open()
    {
        var database = new PostgresDatabase(ConnectionString);
        PostgresSchema.Migrate(database);
        var tickets = new PostgresTicketStore(database);
        var ports = new Dictionary<Type, object>
        {
            [typeof(IQueueStore)] = tickets,
            [typeof(IHistoryStore)] = new PostgresHistoryStore(database, tickets),
            [typeof(IJournalStore)] = new PostgresJournalStore(database),
            [typeof(ISurveyStore)] = new PostgresSurveyStore(database),
            [typeof(IDeviceStore)] = new PostgresDeviceStore(database),
            [typeof(IReportStore)] = new PostgresReportStore(database),
            [typeof(IStaffStore)] = new PostgresStaffStore(database),
            [typeof(ISiteLogoStore)] = new PostgresSiteLogoStore(database),
            [typeof(IApiClientStore)] = new PostgresApiClientStore(database),
            [typeof(IWebhookStore)] = new PostgresWebhookStore(database),
            [typeof(IComplaintStore)] = new PostgresComplaintStore(database),
            [typeof(INoticeStore)] = new PostgresNoticeStore(database),
        };
        return StoreProxy.Create(port => ports[port], database.Dispose);
    }
}
