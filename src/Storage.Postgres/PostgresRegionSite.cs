using System.Net.Sockets;
using MppQueue.Core;
using Npgsql;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// Another site of the installation, as the regional view reads it (docs/adr/0023-one-schema-per-site.md, "Regional
/// view"): its schema in the same database, on connections whose transactions are all read-only
/// (<c>default_transaction_read_only</c>), so that nothing of that site can be written from here, and never migrated
/// or seeded: a schema that is missing, empty or at another version is reported as not set up.
/// </summary>
public sealed class PostgresRegionSite : IRegionSite, IDisposable
{
    private const int TimeoutSeconds = 5;

    private readonly PostgresDatabase _database;
    private readonly PostgresTicketStore _tickets;

    /// <param name="connectionString">The hosting site's connection string: the same database, user and server.</param>
    /// <param name="schema">The other site's schema.</param>
    public PostgresRegionSite(string connectionString, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            SearchPath = schema,
            Timeout = TimeoutSeconds,
            CommandTimeout = 30,
        };
        builder.Options = string.IsNullOrWhiteSpace(builder.Options)
            ? "-c default_transaction_read_only=on"
            : builder.Options + " -c default_transaction_read_only=on";
        _database = new PostgresDatabase(builder.ConnectionString);
        Schema = _database.Schema;
        _tickets = new PostgresTicketStore(_database);
        Rollups = new PostgresReportStore(_database);
        Surveys = new PostgresSurveyStore(_database);
        Staff = new PostgresStaffStore(_database);
        Devices = new PostgresDeviceStore(_database);
    }

    public string Schema { get; }

    public IQueueStore Tickets
    {
        get
        {
            // The accounts are cached by the store; another site's accounts change without this node hearing of it.
            _tickets.ForgetOfficers();
            return _tickets;
        }
    }

    public IReportStore Rollups { get; }

    public ISurveyStore Surveys { get; }

    public IStaffStore Staff { get; }

    public IDeviceStore Devices { get; }

    public RegionSiteState Check()
    {
        try
        {
            return PostgresSchema.CurrentVersion(_database) == PostgresSchema.Latest
                && _database.Read(connection => PostgresDatabase.Scalar<long>(connection, "SELECT count(*) FROM sites")) > 0
                ? RegionSiteState.Ready
                : RegionSiteState.NotSetUp;
        }
        catch (PostgresException)
        {
            // The server answered and refused (no right on the schema, a table missing): the site is not set up for this.
            return RegionSiteState.NotSetUp;
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException or SocketException or IOException or InvalidOperationException)
        {
            return RegionSiteState.Unreachable;
        }
    }

    public void Dispose() => _database.Dispose();
}
