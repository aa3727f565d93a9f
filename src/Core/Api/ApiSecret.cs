using System.Security.Cryptography;
using System.Text;

namespace MppQueue.Core;

/// <summary>
/// The secret half of an API client's credential (<c>&lt;clientId&gt;.&lt;secret&gt;</c>): 256 random bits, URL-safe,
/// shown once. Only its SHA-256 is stored: with that much randomness a slow password hash adds nothing, and a
/// stolen data file gives no working secret. Comparisons take the same time however many bytes match.
/// </summary>
public static class ApiSecret
{
    /// <summary>The separator between the client's id and its secret in a credential.</summary>
    public const char Separator = '.';

    /// <summary>A credential longer than this is refused before it is hashed.</summary>
    public const int MaxCredentialLength = 200;

    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The SHA-256 of the secret's UTF-8 bytes, in lowercase hex.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether the secret is the one behind <paramref name="hash"/>, compared in constant time.</summary>
    public static bool Matches(string? secret, string? hash)
    {
        if (secret is null || hash is not { Length: 64 })
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(hash);
        var actual = Encoding.ASCII.GetBytes(Hash(secret));
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>The credential a caller sends: the client's id, a dot, the secret.</summary>
    public static string Credential(string clientId, string secret) => clientId + Separator + secret;

    /// <summary>Splits a credential into the client's id and the secret; false for anything that cannot be one.</summary>
    public static bool TryParse(string? credential, out string clientId, out string secret)
    {
        clientId = secret = string.Empty;
        if (credential is not { Length: > 2 and <= MaxCredentialLength })
        {
            return false;
        }

        var dot = credential.IndexOf(Separator, StringComparison.Ordinal);
        if (dot <= 0 || dot == credential.Length - 1)
        {
            return false;
        }

        clientId = credential[..dot];
        secret = credential[(dot + 1)..];
        return clientId.All(char.IsAsciiLetterOrDigit) && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }
}
