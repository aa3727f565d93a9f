using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MppQueue.Core;

namespace MppQueue.Server.Tests.Notices;

/// <summary>
/// The browser's side of Web Push, written from the RFCs and not from the library under test: a P-256 key pair and a
/// 16-byte auth secret make the subscription, and <see cref="Decrypt"/> opens an aes128gcm message (RFC 8188) with
/// the keys derived as RFC 8291 §3.3–3.4 says.
/// </summary>
public sealed class PushBrowser : IDisposable
{
    private readonly ECDiffieHellman _key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] _auth = RandomNumberGenerator.GetBytes(16);

    public byte[] PublicKey => Point(_key.ExportParameters(false));

    public PushEndpoint Subscribe(string endpoint) =>
        new(endpoint, Base64Url.EncodeToString(PublicKey), Base64Url.EncodeToString(_auth));

    /// <summary>The plaintext of one encrypted push message body.</summary>
    public string Decrypt(byte[] body)
    {
        // Header: salt (16) | rs (4) | idlen (1) | keyid (idlen: the server's ephemeral public key).
        var salt = body[..16];
        var recordSize = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(16, 4));
        int idLength = body[20];
        Assert.Equal(65, idLength);
        var serverKey = body[21..(21 + idLength)];
        var record = body[(21 + idLength)..];
        Assert.True(record.Length <= recordSize, "one record expected");

        using var server = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = serverKey[1..33], Y = serverKey[33..65] },
        });
        var ecdhSecret = _key.DeriveRawSecretAgreement(server.PublicKey);

        // PRK_key = HMAC-SHA-256(auth_secret, ecdh_secret); IKM = HKDF-Expand(PRK_key, key_info, 32).
        var prkKey = HMACSHA256.HashData(_auth, ecdhSecret);
        byte[] keyInfo = [.. "WebPush: info\0"u8, .. PublicKey, .. serverKey];
        var ikm = HKDF.Expand(HashAlgorithmName.SHA256, prkKey, 32, keyInfo);

        // PRK = HMAC-SHA-256(salt, IKM); CEK and NONCE expanded from it.
        var prk = HMACSHA256.HashData(salt, ikm);
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, "Content-Encoding: aes128gcm\0"u8.ToArray());
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, "Content-Encoding: nonce\0"u8.ToArray());

        var plain = new byte[record.Length - 16];
        using (var aes = new AesGcm(cek, 16))
        {
            aes.Decrypt(nonce, record[..^16], record[^16..], plain);
        }

        // The last record ends in the delimiter 0x02, then any zero padding.
        var end = Array.FindLastIndex(plain, b => b != 0);
        Assert.True(end >= 0 && plain[end] == 0x02, "the last record's padding delimiter (0x02) is missing");
        return Encoding.UTF8.GetString(plain, 0, end);
    }

    public void Dispose() => _key.Dispose();

    private static byte[] Point(ECParameters parameters) => [0x04, .. parameters.Q.X!, .. parameters.Q.Y!];
}
