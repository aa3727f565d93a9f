namespace MppQueue.Core;

/// <summary>The server's key pair for Web Push (RFC 8292): a P-256 key, its public point and private scalar in base64url.</summary>
public sealed record VapidKeys(string PublicKey, string PrivateKey, DateTimeOffset CreatedAt);
