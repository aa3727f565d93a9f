using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using MppQueue.Storage.Postgres;

namespace MppQueue.Server.Hosting;

/// <summary>
/// On PostgreSQL, before the node serves: makes the installation's first data-protection key under a database lock
/// when the key ring has no usable key. Without it, two nodes starting together on a new database would each make
/// their own first key and each sign with it, and a node reads another's new key only when its key ring is next
/// refreshed (up to a day). Later keys are made days before they are used, which every node has read by then.
/// </summary>
public sealed class FirstSharedKey(IKeyManager keyManager, PostgresSharedKeys keys, IOptions<KeyManagementOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        keys.WhileKeyRingLocked(() =>
        {
            var now = DateTimeOffset.UtcNow;
            if (!keyManager.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
            {
                keyManager.CreateNewKey(now, now + options.Value.NewKeyLifetime);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
