using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Admin.People;
using MppQueue.Admin.Region;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.Admin.Tests;

/// <summary>Regional accounts on the officers page's rules: only an admin makes them and gives them sites, only sites this node reads.</summary>
public sealed class RegionalAccountTests : IDisposable
{
    private const string Password = "sandi-rahasia-123";
    private readonly LiteQueueStore _store = new(LiteQueueStore.InMemory);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly RegionReader _region;
    private readonly OfficerAdministration _officers;

    public RegionalAccountTests()
    {
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build(), DemoMpp.Officers());
        _region = new RegionReader([new NamedSite("mpp_kota_a"), new NamedSite("mpp_kota_b"), new NamedSite("mpp_kota_c")], _time, TimeSpan.FromSeconds(10));
        _officers = new OfficerAdministration(_store, new QueueEngine(_store, _time, new QueueNotifier()), new PasswordHasher<Officer>(), _time, _region);
    }

    private Officer Admin => Stored("admin");

    public void Dispose()
    {
        _region.Dispose();
        _store.Dispose();
    }

    [Fact]
    public void Create_Regional_KeepsItsSitesInTheConfiguredOrderAndNoAgency()
    {
        var created = _officers.Create(Admin, new NewOfficer("wilayah.satu", "Wilayah Satu", OfficerRole.Regional, "samsat", Password, ["mpp_kota_c", "mpp_kota_a"]));

        var stored = Stored(created.Id);
        Assert.Equal(OfficerRole.Regional, stored.Role);
        Assert.Null(stored.AgencyId);
        Assert.Equal(["mpp_kota_a", "mpp_kota_c"], stored.RegionSites);
        Assert.Equal(["mpp_kota_a", "mpp_kota_c"], RegionAudience.SitesOf(stored, _region));
        Assert.Empty(RegionAudience.SitesOf(Admin, _region));
    }

    [Fact]
    public void Create_SiteThisNodeDoesNotRead_OrSitesForAnOfficer_IsRefused()
    {
        var unknown = Assert.Throws<OfficerAdminException>(() =>
            _officers.Create(Admin, new NewOfficer("wilayah.dua", "Wilayah Dua", OfficerRole.Regional, null, Password, ["mpp_kota_a", "mpp_lain"])));
        var notRegional = Assert.Throws<OfficerAdminException>(() =>
            _officers.Create(Admin, new NewOfficer("petugas.dua", "Petugas Dua", OfficerRole.Officer, "samsat", Password, ["mpp_kota_a"])));

        Assert.Equal(OfficerAdminError.UnknownRegionSite, unknown.Error);
        Assert.Equal(OfficerAdminError.NotRegional, notRegional.Error);
        Assert.DoesNotContain(_store.LoadOfficers(), o => o.UserName is "wilayah.dua" or "petugas.dua");
    }

    [Fact]
    public void Create_Supervisor_MayNotMakeARegionalAccount()
    {
        var refused = Assert.Throws<OfficerAdminException>(() =>
            _officers.Create(Stored("supervisor"), new NewOfficer("wilayah.tiga", "Wilayah Tiga", OfficerRole.Regional, null, Password, ["mpp_kota_a"])));

        Assert.Equal(OfficerAdminError.NotAllowed, refused.Error);
    }

    [Fact]
    public void SetRegionSites_Admin_ReplacesTheSitesAndAudits_OnlyForARegionalAccount()
    {
        var regional = _officers.Create(Admin, new NewOfficer("wilayah.empat", "Wilayah Empat", OfficerRole.Regional, null, Password, ["mpp_kota_a"]));

        var changed = _officers.SetRegionSites(Admin, regional.Id, ["mpp_kota_b"]);
        var officer = Assert.Throws<OfficerAdminException>(() => _officers.SetRegionSites(Admin, Stored("petugas-disdukcapil").Id, ["mpp_kota_b"]));
        var bySupervisor = Assert.Throws<OfficerAdminException>(() => _officers.SetRegionSites(Stored("supervisor"), regional.Id, ["mpp_kota_a"]));

        Assert.Equal(["mpp_kota_b"], Stored(changed.Id).RegionSites);
        Assert.Equal(OfficerAdminError.NotRegional, officer.Error);
        Assert.Equal(OfficerAdminError.NotAllowed, bySupervisor.Error);
        var audit = _store.LoadAudit(_time.GetUtcNow().AddDays(-1), _time.GetUtcNow().AddDays(1)).Single(a => a.Action == AuditActions.OfficerRegionSitesChanged);
        Assert.Equal((Admin.Id, regional.Id), (audit.ActorId, audit.Subject));
        Assert.Contains("mpp_kota_b", audit.Detail ?? string.Empty, StringComparison.Ordinal);
    }

    private Officer Stored(string idOrUserName) =>
        _store.LoadOfficers().Single(o => o.Id == idOrUserName || o.UserName == idOrUserName);

    /// <summary>A configured site that these rules never read: only its name counts here.</summary>
    private sealed class NamedSite(string schema) : IRegionSite
    {
        public string Schema { get; } = schema;

        public IQueueStore Tickets => throw new NotSupportedException();

        public IReportStore Rollups => throw new NotSupportedException();

        public ISurveyStore Surveys => throw new NotSupportedException();

        public IStaffStore Staff => throw new NotSupportedException();

        public IDeviceStore Devices => throw new NotSupportedException();

        public RegionSiteState Check() => RegionSiteState.Unreachable;
    }
}
