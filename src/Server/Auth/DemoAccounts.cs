using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using MppQueue.Core;

namespace MppQueue.Server.Auth;

/// <summary>The demo MPP's accounts with the demo password, hashed, for seeding an empty store.</summary>
public static class DemoAccounts
{
    // Hashing is slow on purpose (PBKDF2); a test run starts many servers on fresh files, so hash once per process.
    private static readonly ConcurrentDictionary<(string Id, string Password), string> _hashes = new();

    public static IReadOnlyList<Officer> WithPassword(IEnumerable<Officer> officers, string password, IPasswordHasher<Officer> hasher)
    {
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentNullException.ThrowIfNull(hasher);
        return [.. officers.Select(o => o with { PasswordHash = _hashes.GetOrAdd((o.Id, password), key => hasher.HashPassword(o, key.Password)) })];
    }
}
