using System.Buffers.Text;
using System.Security.Cryptography;
using MppQueue.Core;
using MppQueue.Server.Notices;

namespace MppQueue.Server.Tests.Notices;

/// <summary>The server's VAPID keys: a real P-256 pair, made once and kept; and the subject setting.</summary>
public class VapidKeyTests
{
    [Fact]
    public void Create_NewPair_PublicPointBelongsToThePrivateScalar()
    {
        var keys = VapidKeyMaker.Create(DateTimeOffset.UnixEpoch);

        var point = Base64Url.DecodeFromChars(keys.PublicKey);
        var scalar = Base64Url.DecodeFromChars(keys.PrivateKey);
        Assert.Equal(65, point.Length);
        Assert.Equal(0x04, point[0]);
        Assert.Equal(32, scalar.Length);

        using var signer = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = scalar });
        var derived = signer.ExportParameters(false);
        Assert.Equal(point[1..33], derived.Q.X);
        Assert.Equal(point[33..65], derived.Q.Y);
        Assert.NotEqual(keys.PublicKey, VapidKeyMaker.Create(DateTimeOffset.UnixEpoch).PublicKey);
    }

    [Fact]
    public void Keys_AskedFromManyThreadsAndAfterARestart_MadeOnceAndKept()
    {
        var store = new MemoryNoticeStore();
        var first = new VapidKeySource(store, TimeProvider.System);

        var seen = Enumerable.Range(0, 16).AsParallel().Select(_ => first.Keys).Distinct().ToList();
        var afterRestart = new VapidKeySource(store, TimeProvider.System).Keys;

        Assert.Single(seen);
        Assert.Equal(1, store.VapidKeySaves);
        Assert.Equal(seen[0], afterRestart);
        Assert.Equal(store.LoadVapidKeys(), afterRestart);
    }

    [Theory]
    [InlineData("mailto:admin@mpp.example", true)]
    [InlineData("https://mpp.example.go.id/contact", true)]
    [InlineData("http://mpp.example.go.id", false)]
    [InlineData("admin@mpp.example", false)]
    [InlineData("mailto:", false)]
    [InlineData("mailto:a\"b@x", false)]
    [InlineData("", false)]
    public void SubjectProblem_MailtoOrHttpsOnly(string subject, bool allowed) =>
        Assert.Equal(allowed, WebPushOptions.SubjectProblem(subject) is null);
}
