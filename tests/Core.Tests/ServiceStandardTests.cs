using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

/// <summary>The service standard (standar pelayanan): what its rules refuse, how older requirement texts become its list, and its audit.</summary>
public class ServiceStandardTests
{
    private readonly EngineHarness _h = new();

    private Officer Admin => _h.Officer("admin", null, OfficerRole.Admin);

    private CatalogEditor Editor => new(_h.Store, _h.Engine, _h.Clock);

    private Service Stored => _h.Engine.Catalog.Services.Values.First();

    [Fact]
    public void Validate_OnlyTheOlderRequirementText_BecomesOneLinePerItem()
    {
        var standard = CatalogRules.ValidateStandard(ServiceStandard.Empty, "KK asli; KTP-el lama\nSurat kehilangan", "Family card; Old ID card");

        Assert.Equal(["KK asli", "KTP-el lama", "Surat kehilangan"], standard.Requirements.Select(l => l.Id));
        Assert.Equal(["Family card", "Old ID card", string.Empty], standard.Requirements.Select(l => l.En));
    }

    [Fact]
    public void SaveService_StandardRequirements_AreWhatTheKioskReadsToo()
    {
        var service = Stored with
        {
            RequirementsId = "lama",
            Standard = new ServiceStandard { Requirements = [new("KK asli", "Family card"), new("  ", string.Empty), new("KTP-el", string.Empty)] },
        };

        var saved = Editor.SaveService(Admin, service, Stored);

        Assert.Equal("KK asli; KTP-el", saved.RequirementsId);
        Assert.Equal("Family card; KTP-el", saved.RequirementsEn);
        Assert.Equal(2, _h.Engine.Catalog.FindService(saved.Id)!.Standard.Requirements.Length);
    }

    [Theory]
    [InlineData("Bawa <b>KK</b>", "Prosedur tidak boleh berisi tanda < atau > atau karakter kontrol.")]
    [InlineData("", "Prosedur, baris 1: teks bahasa Indonesia wajib diisi.")]
    public void SaveService_BadStep_IsRefusedInIndonesianAndNotStored(string step, string message)
    {
        var before = Stored;
        var service = before with { Standard = new ServiceStandard { Procedure = [new(step, "Bring the KK")] } };

        var refusal = Assert.Throws<CatalogException>(() => Editor.SaveService(Admin, service, before));

        Assert.Equal("standard.procedure", refusal.Error.Field);
        Assert.Equal(message, refusal.Error.Describe(Indonesian));
        Assert.Empty(_h.Engine.Catalog.FindService(before.Id)!.Standard.Procedure);
    }

    [Fact]
    public void SaveService_TooManyRequirementsOrALongLine_IsRefused()
    {
        var many = Stored with { Standard = new ServiceStandard { Requirements = [.. Enumerable.Range(1, 31).Select(i => new StandardLine("Syarat " + i, string.Empty))] } };
        var longLine = Stored with { Standard = new ServiceStandard { Requirements = [new("KK", string.Empty), new(new string('x', 301), string.Empty)] } };

        var tooMany = Assert.Throws<CatalogException>(() => Editor.SaveService(Admin, many, Stored));
        var tooLong = Assert.Throws<CatalogException>(() => Editor.SaveService(Admin, longLine, Stored));

        Assert.Equal("Persyaratan paling banyak 30 baris (sekarang 31).", tooMany.Error.Describe(Indonesian));
        Assert.Equal("Persyaratan, baris 2: terlalu panjang (maksimal 300 karakter).", tooLong.Error.Describe(Indonesian));
    }

    [Theory]
    [InlineData("(0761) 555-0101", true)]
    [InlineData("+62 812 0000 1001", true)]
    [InlineData("telepon kami", false)]
    [InlineData("12", false)]
    public void SaveService_ComplaintPhone_OnlyANumberIsKept(string phone, bool kept)
    {
        var service = Stored with { Standard = new ServiceStandard { ComplaintPhone = phone } };

        if (kept)
        {
            Assert.Equal(phone, Editor.SaveService(Admin, service, Stored).Standard.ComplaintPhone);
        }
        else
        {
            var refusal = Assert.Throws<CatalogException>(() => Editor.SaveService(Admin, service, Stored));
            Assert.StartsWith("Telepon pengaduan harus berupa nomor telepon", refusal.Error.Describe(Indonesian), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SaveService_StandardChanged_AuditNamesThePartThatChanged()
    {
        var service = Stored with { Standard = Stored.Standard with { Free = true, TimeToCompleteId = "14 hari kerja" } };

        Editor.SaveService(Admin, service, Stored);

        var entry = Assert.Single(_h.Store.Audit);
        Assert.Contains("standard.timeToCompleteId:  → 14 hari kerja", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("standard.free: False → True", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_EveryService_PublishesItsWholeStandard()
    {
        var catalog = DemoMpp.Build();

        Assert.All(catalog.Services.Values, s =>
        {
            var standard = CatalogRules.ValidateStandard(s.Standard);
            Assert.NotEmpty(standard.Requirements);
            Assert.True(standard.Procedure.Length >= 3, s.Id);
            Assert.All(new[] { standard.TimeToCompleteId, standard.TimeToCompleteEn, standard.LegalBasis, standard.ProductId, standard.ComplaintPhone }, t => Assert.False(string.IsNullOrWhiteSpace(t), s.Id));
            Assert.True(standard.Free || standard.CostId.Length > 0, s.Id);
        });
        Assert.True(catalog.Services["ktp-el"].Standard.Free);
        Assert.Contains("Rp350.000", catalog.Services["paspor"].Standard.CostId, StringComparison.Ordinal);
    }
}
