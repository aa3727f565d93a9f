using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MppQueue.HostTesting;

/// <summary>Counts the circuits the server has closed for good, e.g. one it forgot after its page stayed away too long.</summary>
public sealed class CircuitLog : CircuitHandler
{
    private int _closed;

    public int Closed => Volatile.Read(ref _closed);

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _closed);
        return Task.CompletedTask;
    }
}
