using Npgsql;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// The schema as numbered migrations, applied in order by the application on start: each in its own transaction that
/// also records its number in <c>schema_version</c>, all under a session-level advisory lock so that two nodes starting
/// at once do not race (the second waits, then finds nothing left to do). A migration, once released, is never edited:
/// a change is a new migration at the end (docs/adr/0021-postgresql-store.md).
/// </summary>
public static class PostgresSchema
{
    /// <summary>The migrations in order; the number of each is its place in this list, from 1.</summary>
    internal static readonly IReadOnlyList<string> Migrations =
    [
        // 1: every port's tables. Each row keeps the document the LiteDB store keeps (as jsonb) beside the columns that
        // are looked up, ordered or unique; instants as UTC ticks (bigint), days as yyyymmdd (integer), as in LiteDB.
        """
        CREATE TABLE sites (id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE zones (id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE agencies (id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE services (id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE desks (id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE officers (id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE tickets (
            id text PRIMARY KEY,
            token text NOT NULL UNIQUE,
            service_day integer NOT NULL,
            last_sequence bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX tickets_service_day ON tickets (service_day);
        CREATE INDEX tickets_last_sequence ON tickets (last_sequence);
        CREATE TABLE number_counters (
            service_day integer NOT NULL,
            prefix text NOT NULL,
            last_number integer NOT NULL,
            PRIMARY KEY (service_day, prefix));
        CREATE TABLE bookings (
            code text PRIMARY KEY,
            token text,
            service_day integer NOT NULL,
            erased boolean NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX bookings_token ON bookings (token);
        CREATE INDEX bookings_service_day ON bookings (service_day);
        CREATE INDEX bookings_not_erased ON bookings (service_day) WHERE NOT erased;
        CREATE TABLE desk_states (desk_id text PRIMARY KEY, last_sequence bigint NOT NULL, doc jsonb NOT NULL);
        CREATE INDEX desk_states_last_sequence ON desk_states (last_sequence);
        CREATE TABLE audit (
            position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            at_utc_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX audit_at ON audit (at_utc_ticks);
        CREATE TABLE journal (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            sequence bigint NOT NULL,
            at_utc_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX journal_sequence ON journal (sequence);
        CREATE TABLE screens (id text PRIMARY KEY, token text NOT NULL UNIQUE, doc jsonb NOT NULL);
        CREATE TABLE survey_responses (
            id text PRIMARY KEY,
            ticket_id text NOT NULL UNIQUE,
            service_day integer NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX survey_responses_service_day ON survey_responses (service_day);
        CREATE TABLE rollup_days (day integer PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE rollup_rows (
            position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            day integer NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX rollup_rows_day ON rollup_rows (day);
        CREATE TABLE staff_days (day integer PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE site_logo (id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE webhooks (id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE api_clients (id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE complaints (
            id text PRIMARY KEY,
            ticket_id text NOT NULL UNIQUE,
            state text NOT NULL,
            agency_id text NOT NULL,
            submitted_at_utc_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX complaints_state ON complaints (state);
        CREATE INDEX complaints_agency ON complaints (agency_id, submitted_at_utc_ticks);
        CREATE INDEX complaints_submitted ON complaints (submitted_at_utc_ticks);
        CREATE TABLE complaint_channels (agency_id text PRIMARY KEY, doc jsonb NOT NULL);
        CREATE TABLE notice_contacts (id text PRIMARY KEY, keep_until integer NOT NULL, doc jsonb NOT NULL);
        CREATE INDEX notice_contacts_keep_until ON notice_contacts (keep_until);
        CREATE TABLE notices (
            id text PRIMARY KEY,
            state text NOT NULL,
            ticket_id text,
            booking_code text,
            day integer NOT NULL,
            provider_message_id text,
            doc jsonb NOT NULL);
        CREATE INDEX notices_state ON notices (state);
        CREATE INDEX notices_ticket ON notices (ticket_id);
        CREATE INDEX notices_booking ON notices (booking_code);
        CREATE INDEX notices_day ON notices (day);
        CREATE INDEX notices_provider_message ON notices (provider_message_id);
        CREATE TABLE notice_state (id text PRIMARY KEY, doc jsonb NOT NULL);
        """,

        // 2: what every node of one installation must share instead of keeping beside its own data path: ASP.NET Core's
        // data-protection keys (cookies, antiforgery tokens) as the XML elements its key manager writes, and secrets made
        // once for the whole installation (the NIK hashes' key).
        """
        CREATE TABLE data_protection_keys (name text PRIMARY KEY, xml text NOT NULL, stored_at_utc_ticks bigint NOT NULL);
        CREATE TABLE installation_secrets (name text PRIMARY KEY, value text NOT NULL, made_at_utc_ticks bigint NOT NULL);
        """,

        // 3: a ticket number is given once a day, whatever a node believes: if the site's move lock was lost in the middle
        // of a move (docs/adr/0022-two-nodes-one-database.md), a second ticket with a number already stored is refused
        // here (PostgresTicketStore.InsertTicket reports it as a ConstraintException) instead of being issued twice.
        """
        CREATE UNIQUE INDEX tickets_number ON tickets (service_day, (doc->>'Prefix'), ((doc->>'Sequence')::integer));
        """,

        // 4 (issue 19's shared limits): the counts every node of a site must take
        // from together: token buckets (a kiosk's issuing, an API client's calls) and the sign-in throttle's wrong
        // passwords and known addresses. Unlogged: a count is worth no flush to disk, and a crash of the database
        // server forgetting them costs an attacker a crash they cannot cause (docs/adr/0022-two-nodes-one-database.md).
        """
        CREATE UNLOGGED TABLE rate_buckets (
            key text PRIMARY KEY,
            permits double precision NOT NULL,
            at_utc_ticks bigint NOT NULL,
            taken boolean NOT NULL,
            full_at_utc_ticks bigint NOT NULL);
        CREATE INDEX rate_buckets_full_at ON rate_buckets (full_at_utc_ticks);
        CREATE UNLOGGED TABLE sign_in_failures (
            key text PRIMARY KEY,
            count integer NOT NULL,
            last_utc_ticks bigint NOT NULL,
            locked_until_utc_ticks bigint,
            stale_at_utc_ticks bigint NOT NULL);
        CREATE INDEX sign_in_failures_stale_at ON sign_in_failures (stale_at_utc_ticks);
        CREATE UNLOGGED TABLE sign_in_addresses (
            account text NOT NULL,
            address text NOT NULL,
            at_utc_ticks bigint NOT NULL,
            PRIMARY KEY (account, address));
        """,

        // 5 (issue 19): each webhook subscription's last delivery attempts, written by the leader as it delivers, so that
        // every node's administration and a restarted node show them (PostgresWebhookStore keeps the newest of each);
        // they go with their subscription.
        """
        CREATE TABLE webhook_attempts (
            position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            webhook_id text NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
            doc jsonb NOT NULL);
        CREATE INDEX webhook_attempts_webhook ON webhook_attempts (webhook_id, position);
        """,
    ];

    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => Migrations.Count;

    /// <summary>
    /// Brings the database up to <see cref="Latest"/> and then, still under the lock, runs <paramref name="whileLocked"/>
    /// (seeding an empty database), so that a second node starting at the same moment waits and then finds it done.
    /// </summary>
    /// <returns>How many migrations this call applied (0 when the schema was already up to date).</returns>
    /// <exception cref="InvalidOperationException">The database is newer than this build.</exception>
    public static int Migrate(PostgresDatabase database, Action? whileLocked = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.OpenOwn();
        PostgresDatabase.Execute(connection, "SELECT pg_advisory_lock($1)", database.LockKey(PostgresDatabase.SchemaLock));
        try
        {
            // The site's schema, under the same lock, when it is missing (creating one needs the database's CREATE right,
            // which a role given only its schema lacks). Its name was checked to be a plain identifier.
            if (PostgresDatabase.Scalar<string>(connection, "SELECT to_regnamespace($1)::text", database.Schema) is null)
            {
                PostgresDatabase.Execute(connection, $"CREATE SCHEMA {database.Schema}");
            }
            PostgresDatabase.Execute(
                connection,
                "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at_utc_ticks bigint NOT NULL)");
            var current = CurrentVersion(connection);
            if (current > Latest)
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL database \"{database.Database}\" has schema version {current}, newer than this MppQueue knows ({Latest}): run the newer MppQueue, or restore a backup.");
            }

            for (var version = current + 1; version <= Latest; version++)
            {
                using var transaction = connection.BeginTransaction();
                PostgresDatabase.Execute(connection, Migrations[version - 1]);
                PostgresDatabase.Execute(
                    connection,
                    "INSERT INTO schema_version (version, applied_at_utc_ticks) VALUES ($1, $2)",
                    version,
                    DateTimeOffset.UtcNow.UtcTicks);
                transaction.Commit();
            }

            whileLocked?.Invoke();
            return Latest - current;
        }
        finally
        {
            PostgresDatabase.Execute(connection, "SELECT pg_advisory_unlock($1)", database.LockKey(PostgresDatabase.SchemaLock));
        }
    }

    /// <summary>The highest migration applied (0 for an empty database).</summary>
    public static int CurrentVersion(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Read(connection =>
            PostgresDatabase.Scalar<string>(connection, "SELECT to_regclass('schema_version')::text") is null ? 0 : CurrentVersion(connection));
    }

    private static int CurrentVersion(NpgsqlConnection connection) =>
        PostgresDatabase.Scalar<int?>(connection, "SELECT max(version) FROM schema_version") ?? 0;
}
