using System.Buffers.Text;
using System.Security.Cryptography;

namespace MppQueue.Core;

/// <summary>
/// Makes the server's VAPID key pair (RFC 8292): a new P-256 key, its public point uncompressed (0x04, X, Y: the
/// 65 bytes a browser takes as <c>applicationServerKey</c>) and its private scalar (32 bytes), both base64url.
/// </summary>
public static class VapidKeyMaker
{
    public const int PublicKeyLength = 65;

    public const int PrivateKeyLength = 32;

    public static VapidKeys Create(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        try
        {
            var point = new byte[PublicKeyLength];
            point[0] = 0x04;
            parameters.Q.X!.CopyTo(point, 1);
            parameters.Q.Y!.CopyTo(point, 33);
            return new VapidKeys(Base64Url.EncodeToString(point), Base64Url.EncodeToString(parameters.D!), now);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(parameters.D);
        }
    }
}
