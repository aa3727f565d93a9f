using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MppQueue.Server.Tests.Notices;

/// <summary>A VAPID token (RFC 8292) read from "Authorization: vapid t=…, k=…" after its ES256 signature checked out under k.</summary>
public sealed record VapidToken(string PublicKey, string Audience, DateTimeOffset Expires, string? Subject)
{
    public static VapidToken Verify(string authorization)
    {
        Assert.StartsWith("vapid ", authorization, StringComparison.Ordinal);
        var parts = authorization["vapid ".Length..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var jwt = parts["t"];
        var key = parts["k"];
        var point = Base64Url.DecodeFromChars(key);
        Assert.Equal(65, point.Length);

        var segments = jwt.Split('.');
        Assert.Equal(3, segments.Length);
        using (var header = JsonDocument.Parse(Base64Url.DecodeFromChars(segments[0])))
        {
            Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
        }

        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = point[1..33], Y = point[33..65] },
        });
        var signed = Encoding.ASCII.GetBytes(segments[0] + "." + segments[1]);
        var signature = Base64Url.DecodeFromChars(segments[2]);
        Assert.True(
            ecdsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            "the VAPID token's signature does not verify under k");

        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(segments[1]));
        var root = claims.RootElement;
        return new VapidToken(
            key,
            root.GetProperty("aud").GetString()!,
            DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64()),
            root.TryGetProperty("sub", out var sub) ? sub.GetString() : null);
    }
}
