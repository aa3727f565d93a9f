using System.Net.Sockets;
using Npgsql;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// Whether this node can reach its database now, for a load balancer's health checks: a trivial query on a new
/// connection outside the pool (a pooled one could outlive a server that refuses new sessions), with a short timeout,
/// and at most one probe in flight however many checks arrive at once.
/// </summary>
public sealed class PostgresProbe : IDisposable
{
    private const int TimeoutSeconds = 3;

    private readonly NpgsqlDataSource _source;
    private readonly Lock _gate = new();
    private Task<bool>? _inFlight;

    public PostgresProbe(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _source = database.Unpooled(TimeoutSeconds);
    }

    /// <summary>True when the database answered a trivial query; false when it could not be reached, refused or timed out.</summary>
    public Task<bool> CanReachAsync()
    {
        lock (_gate)
        {
            if (_inFlight is not { IsCompleted: false })
            {
                _inFlight = ProbeAsync();
            }

            return _inFlight;
        }
    }

    public void Dispose() => _source.Dispose();

    private async Task<bool> ProbeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(TimeoutSeconds));
        try
        {
            await using var connection = await _source.OpenConnectionAsync(timeout.Token).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false) is 1;
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException or OperationCanceledException or SocketException or IOException)
        {
            return false;
        }
    }
}
