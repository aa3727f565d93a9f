using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage.Postgres;

public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="PostgresDatabase"/> on <paramref name="connectionString"/> for the whole process (its
    /// schema migrated when it is first asked for, see <see cref="PostgresSchema"/>) and over it each port's own store,
    /// the same ports as <c>AddLiteDbStorage</c>: <see cref="IQueueStore"/>, <see cref="IHistoryStore"/>,
    /// <see cref="ISurveyStore"/>, <see cref="IDeviceStore"/>, <see cref="IReportStore"/>, <see cref="IStaffStore"/>,
    /// <see cref="ISiteLogoStore"/>, <see cref="IApiClientStore"/>, <see cref="IBackupSource"/> (which says no),
    /// <see cref="IJournalStore"/>, <see cref="IWebhookStore"/>, <see cref="IComplaintStore"/> and
    /// <see cref="INoticeStore"/>, all singletons; <see cref="IMoveScopes"/> and <see cref="ISharedChanges"/>, so that
    /// several nodes can serve the site from the database (docs/adr/0022-two-nodes-one-database.md); what the nodes of one installation share:
    /// <see cref="PostgresSharedKeys"/>, <see cref="IRateBuckets"/>, <see cref="ISignInFailures"/> and <see cref="ILeaderLease"/>; and <see cref="PostgresProbe"/> for health checks.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="createNew">
    /// What an empty database starts with (the demo MPP): called after the migrations, still under the schema's lock (so
    /// that two nodes starting at once do not both fill it), with the queue and history stores; it must itself leave a
    /// database that already has a site alone.
    /// </param>
    public static IServiceCollection AddPostgresStorage(
        this IServiceCollection services,
        string connectionString,
        Func<IServiceProvider, IQueueStore, IHistoryStore, bool>? createNew = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddPostgresStorage(_ => connectionString, createNew);
    }

    /// <summary>As above, with the connection string read when the database is first asked for (from settings checked at start).</summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">Gives the Npgsql connection string.</param>
    /// <param name="createNew">What an empty database starts with (see the other overload).</param>
    public static IServiceCollection AddPostgresStorage(
        this IServiceCollection services,
        Func<IServiceProvider, string> connectionString,
        Func<IServiceProvider, IQueueStore, IHistoryStore, bool>? createNew = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connectionString);
        services.AddSingleton(provider =>
        {
            var database = new PostgresDatabase(connectionString(provider));
            try
            {
                PostgresSchema.Migrate(database, createNew is null ? null : () =>
                {
                    var tickets = new PostgresTicketStore(database);
                    createNew(provider, tickets, new PostgresHistoryStore(database, tickets));
                });
            }
            catch
            {
                database.Dispose();
                throw;
            }

            return database;
        });
        services.AddSingleton<PostgresTicketStore>();
        services.AddSingleton<IQueueStore>(sp => sp.GetRequiredService<PostgresTicketStore>());
        services.AddSingleton<IHistoryStore, PostgresHistoryStore>();
        services.AddSingleton<ISurveyStore, PostgresSurveyStore>();
        services.AddSingleton<IDeviceStore, PostgresDeviceStore>();
        services.AddSingleton<IReportStore, PostgresReportStore>();
        services.AddSingleton<IStaffStore, PostgresStaffStore>();
        services.AddSingleton<ISiteLogoStore, PostgresSiteLogoStore>();
        services.AddSingleton<IApiClientStore, PostgresApiClientStore>();
        services.AddSingleton<IBackupSource, PostgresBackupSource>();
        services.AddSingleton<IJournalStore, PostgresJournalStore>();
        services.AddSingleton<IWebhookStore, PostgresWebhookStore>();
        services.AddSingleton<IComplaintStore, PostgresComplaintStore>();
        services.AddSingleton<INoticeStore, PostgresNoticeStore>();
        services.AddSingleton<PostgresMoveScopes>();
        services.AddSingleton<IMoveScopes>(sp => sp.GetRequiredService<PostgresMoveScopes>());
        services.AddSingleton<ISharedChanges>(sp => sp.GetRequiredService<PostgresMoveScopes>());

        // Shared by every node of the installation (docs/adr/0021, 0022): keys and secrets, rate limits and the sign-in
        // throttle's counts, the leader lease, the health probe.
        services.AddSingleton<PostgresSharedKeys>();
        services.AddSingleton<PostgresProbe>();
        services.AddSingleton<IRateBuckets, PostgresRateBuckets>();
        services.AddSingleton<ISignInFailures, PostgresSignInFailures>();
        services.AddSingleton<PostgresLeaderLease>();
        services.AddSingleton<ILeaderLease>(sp => sp.GetRequiredService<PostgresLeaderLease>());
        return services;
    }
}
