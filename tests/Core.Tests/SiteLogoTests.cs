using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

/// <summary>The MPP's logo: recognised by its bytes, limited in size, the admins' only, and audited without its bytes.</summary>
public class SiteLogoTests
{
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] _jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];
    private static readonly byte[] _webp = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8];
    private static readonly byte[] _svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();

    private readonly EngineHarness _h = new();
    private readonly InMemorySiteLogoStore _logos = new();
    private readonly SiteLogoService _service;

    public SiteLogoTests()
    {
        _service = new SiteLogoService(_logos, _h.Store, _h.Clock);
        Admin = _h.Officer("admin", null, OfficerRole.Admin);
    }

    private Officer Admin { get; }

    public static TheoryData<string, string> Images => new()
    {
        { "png", SiteLogoRules.Png },
        { "jpeg", SiteLogoRules.Jpeg },
        { "webp", SiteLogoRules.WebP },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Upload_KnownImage_IsStoredWithTheTypeItsBytesSay(string kind, string contentType)
    {
        var bytes = Image(kind);

        var logo = _service.Upload(Admin, bytes);

        Assert.Equal(contentType, logo.ContentType);
        Assert.Equal(bytes, _logos.LoadLogo()!.Content.ToArray());
        Assert.Equal(contentType, _logos.LoadLogo()!.ContentType);
        Assert.Same(_logos.LoadLogo(), _service.Current);
    }

    [Fact]
    public void Detect_PngBytesNamedAsJpeg_SaysPng()
    {
        // The name and the browser's type never reach the rules: only the bytes do.
        Assert.Equal(SiteLogoRules.Png, SiteLogoRules.Detect(_png));
        Assert.Null(SiteLogoRules.Detect("GIF89a......"u8));
        Assert.Null(SiteLogoRules.Detect([.. "RIFF"u8, 0, 0, 0, 0, .. "WAVEfmt "u8]));
    }

    [Fact]
    public void Upload_Svg_IsRefusedBecauseItCanCarryScript()
    {
        var error = Assert.Throws<CatalogException>(() => _service.Upload(Admin, _svg));

        Assert.Equal(CatalogErrorCode.LogoSvg, error.Code);
        Assert.Equal("logo", error.Field);
        Assert.Equal("Logo SVG tidak diterima karena dapat berisi skrip. Unggah gambar PNG, JPEG atau WebP.", error.Error.Describe(Indonesian));
        Assert.Equal("SVG logos are not accepted because they can carry script. Upload a PNG, JPEG or WebP image.", error.Error.Describe(English));
        Assert.Null(_logos.LoadLogo());
    }

    [Fact]
    public void Upload_OtherFile_IsRefusedAsNotAnImage()
    {
        var error = Assert.Throws<CatalogException>(() => _service.Upload(Admin, "GIF89a\x01\x00\x01\x00"u8));

        Assert.Equal(CatalogErrorCode.LogoUnsupportedType, error.Code);
        Assert.Equal("Berkas ini bukan gambar PNG, JPEG atau WebP. Unggah logo dalam salah satu format tersebut.", error.Error.Describe(Indonesian));
        Assert.Equal(0, _logos.Writes);
    }

    [Fact]
    public void Upload_OneByteOverTheLimit_IsRefusedWithItsSizeAndTheLimit()
    {
        var bytes = new byte[SiteLogoRules.MaxBytes + 1];
        _png.CopyTo(bytes, 0);

        var error = Assert.Throws<CatalogException>(() => _service.Upload(Admin, bytes));

        Assert.Equal(CatalogErrorCode.LogoTooLarge, error.Code);
        Assert.Equal("Logo terlalu besar (513 KB); maksimal 512 KB. Perkecil gambarnya lalu unggah lagi.", error.Error.Describe(Indonesian));
        Assert.Equal(0, _logos.Writes);
    }

    [Fact]
    public void Upload_ExactlyTheLimit_IsAccepted()
    {
        var bytes = new byte[SiteLogoRules.MaxBytes];
        _png.CopyTo(bytes, 0);

        Assert.Equal(SiteLogoRules.MaxBytes, _service.Upload(Admin, bytes).Size);
    }

    [Fact]
    public void Upload_Empty_IsRefused()
    {
        var error = Assert.Throws<CatalogException>(() => _service.Upload(Admin, ReadOnlySpan<byte>.Empty));

        Assert.Equal(CatalogErrorCode.LogoEmpty, error.Code);
        Assert.Equal("The logo file is empty. Choose a PNG, JPEG or WebP image.", error.Error.Describe(English));
        Assert.Equal(0, _logos.Writes);
    }

    [Theory]
    [InlineData("spv-dukcapil", "disdukcapil", OfficerRole.Supervisor)]
    [InlineData("spv", null, OfficerRole.Supervisor)]
    [InlineData("petugas", "disdukcapil", OfficerRole.Officer)]
    public void Upload_NotAnAdmin_IsRefusedAndStoresNothing(string id, string? agencyId, OfficerRole role)
    {
        var person = _h.Officer(id, agencyId, role);

        var error = Assert.Throws<CatalogException>(() => _service.Upload(person, _png));

        Assert.Equal(CatalogErrorCode.NotAllowed, error.Code);
        Assert.Equal(0, _logos.Writes);
        Assert.Empty(_h.Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public void Upload_AdminCopyClaimingAdminButStoredAsSupervisor_IsRefused()
    {
        var stored = _h.Officer("spv-dukcapil", "disdukcapil", OfficerRole.Supervisor);

        var error = Assert.Throws<CatalogException>(() => _service.Upload(stored with { Role = OfficerRole.Admin, AgencyId = null }, _png));

        Assert.Equal(CatalogErrorCode.NotAllowed, error.Code);
        Assert.Null(_logos.LoadLogo());
    }

    [Fact]
    public void Remove_NotAnAdmin_IsRefusedAndTheLogoStays()
    {
        _service.Upload(Admin, _png);
        var supervisor = _h.Officer("spv-dukcapil", "disdukcapil", OfficerRole.Supervisor);

        Assert.Throws<CatalogException>(() => _service.Remove(supervisor));

        Assert.NotNull(_logos.LoadLogo());
    }

    [Fact]
    public void Upload_ByAdmin_IsAuditedWithTypeAndSizeButNotTheBytes()
    {
        _service.Upload(Admin, _jpeg);

        var entry = Assert.Single(_h.Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        Assert.Equal("admin", entry.ActorId);
        Assert.Equal("config.logo.upload", entry.Action);
        Assert.Equal("logo", entry.Subject);
        Assert.Equal("image/jpeg, 11 bytes", entry.Detail);
        Assert.Equal(_h.Clock.GetUtcNow(), entry.At);
    }

    [Fact]
    public void Remove_AfterUpload_ForgetsTheLogoAndIsAudited()
    {
        _service.Upload(Admin, _webp);

        Assert.True(_service.Remove(Admin));

        Assert.Null(_service.Current);
        Assert.Null(_logos.LoadLogo());
        var entries = _h.Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        Assert.Equal(["config.logo.upload", "config.logo.remove"], entries.Select(e => e.Action));
        Assert.Equal("image/webp, 16 bytes", entries[1].Detail);
    }

    [Fact]
    public void Remove_NoLogo_ReturnsFalseAndAuditsNothing()
    {
        Assert.False(_service.Remove(Admin));

        Assert.Empty(_h.Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public void Upload_DifferentImage_ChangesTheVersionAndSameImageKeepsIt()
    {
        var first = _service.Upload(Admin, _png).Version;
        var again = _service.Upload(Admin, _png).Version;
        var other = _service.Upload(Admin, _jpeg).Version;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(16, first.Length);
    }

    [Fact]
    public void Upload_ByAdmin_RaisesChanged()
    {
        var raised = 0;
        _service.Changed += (_, _) => raised++;

        _service.Upload(Admin, _png);
        _service.Remove(Admin);

        Assert.Equal(2, raised);
    }

    private static byte[] Image(string kind) => kind switch
    {
        "png" => _png,
        "jpeg" => _jpeg,
        _ => _webp,
    };
}
