namespace MppQueue.Core.Tests;

public class DemoMppTests
{
    private readonly SiteCatalog _catalog = DemoMpp.Build();

    [Fact]
    public void Build_Services_HaveValidDistinctPrefixes()
    {
        var prefixes = _catalog.Services.Values.Select(s => s.Prefix).ToList();

        Assert.All(prefixes, p => Assert.True(TicketPrefix.IsValid(p), $"invalid prefix '{p}'"));
        Assert.Equal(prefixes.Count, prefixes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Build_EveryService_HasAnActiveDeskInItsZone()
    {
        foreach (var service in _catalog.Services.Values)
        {
            Assert.Contains(
                _catalog.Desks.Values,
                d => d.Active && d.ZoneId == service.ZoneId && d.ServiceIds.Contains(service.Id));
        }
    }

    [Fact]
    public void Build_EveryDesk_ServesOneToThreeServicesOfItsOwnAgencyInItsZone()
    {
        foreach (var desk in _catalog.Desks.Values)
        {
            Assert.InRange(desk.ServiceIds.Length, 1, 3);
            Assert.True(_catalog.Zones.ContainsKey(desk.ZoneId), $"{desk.Id}: unknown zone {desk.ZoneId}");
            foreach (var serviceId in desk.ServiceIds)
            {
                var service = _catalog.FindService(serviceId);
                Assert.NotNull(service);
                Assert.Equal(desk.AgencyId, service.AgencyId);
                Assert.Equal(desk.ZoneId, service.ZoneId);
            }
        }
    }

    [Fact]
    public void Build_Desks_AreNumberedOneToThirtyWithLoketNames()
    {
        var desks = _catalog.Desks.Values.OrderBy(d => d.Number).ToList();

        Assert.Equal(Enumerable.Range(1, 30), desks.Select(d => d.Number));
        Assert.All(desks, d => Assert.Equal($"Loket {d.Number}", d.Name));
    }

    [Fact]
    public void Build_Catalog_HasAtLeastTwentyServicesAndTenAgencies()
    {
        Assert.True(_catalog.Services.Count >= 20, $"only {_catalog.Services.Count} services");
        Assert.True(_catalog.Agencies.Count >= 10, $"only {_catalog.Agencies.Count} agencies");
        Assert.All(_catalog.Services.Values, s => Assert.True(_catalog.Agencies.ContainsKey(s.AgencyId), $"{s.Id}: unknown agency"));
    }

    [Fact]
    public void Build_Catalog_UsesBothZones()
    {
        Assert.Equal(2, _catalog.Zones.Count);
        foreach (var zone in _catalog.Zones.Keys)
        {
            Assert.NotEmpty(_catalog.DesksIn(zone));
            Assert.Contains(_catalog.Services.Values, s => s.ZoneId == zone);
        }
    }

    [Fact]
    public void Build_Catalog_PassesCatalogRulesUnchanged()
    {
        Assert.Equal(_catalog.Site, CatalogRules.Validate(_catalog.Site));
        Assert.All(_catalog.Zones.Values, z => Assert.Equal(z, CatalogRules.Validate(z)));
        // Lists (notice channels, a standard's lines) are ImmutableArrays, which compare by reference: compare the content.
        Assert.All(_catalog.Agencies.Values, a => Assert.Equal(string.Empty, CatalogDiff.Describe(a, CatalogRules.Validate(a))));
        Assert.All(_catalog.Services.Values, s => Assert.Equal(string.Empty, CatalogDiff.Describe(s, CatalogRules.Validate(s, _catalog))));
        foreach (var desk in _catalog.Desks.Values)
        {
            // ImmutableArray compares by reference, so the validated copy is compared element by element.
            var validated = CatalogRules.Validate(desk, _catalog);
            Assert.Equal(desk, validated with { ServiceIds = desk.ServiceIds });
            Assert.Equal(desk.ServiceIds.ToArray(), validated.ServiceIds.ToArray());
        }
    }

    [Fact]
    public void Build_Paspor_HasDailyQuotaOfEighty()
    {
        var paspor = _catalog.FindService("paspor");

        Assert.NotNull(paspor);
        Assert.Equal("P", paspor.Prefix);
        Assert.Equal(80, paspor.Quota.Total);
    }

    [Fact]
    public void Build_Services_IncludeRatioAndAgeingPolicies()
    {
        var kinds = _catalog.Services.Values.Select(s => s.Policy.Kind).ToList();

        Assert.Contains(PriorityPolicyKind.Ratio, kinds);
        Assert.Contains(PriorityPolicyKind.Ageing, kinds);
        Assert.True(kinds.Count(k => k == PriorityPolicyKind.PriorityFirst) > kinds.Count / 2, "most services should call priority first");
    }

    [Fact]
    public void Build_Site_UsesWibTimeZone()
    {
        Assert.Equal("Asia/Jakarta", _catalog.Site.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(7), _catalog.Site.TimeZone.BaseUtcOffset);
    }

    [Fact]
    public void Officers_DemoAccounts_HaveOneOfficerPerAgencyAndNoPasswordHash()
    {
        var officers = DemoMpp.Officers();

        Assert.Single(officers, o => o.Role == OfficerRole.Admin);
        Assert.Contains(officers, o => o.Role == OfficerRole.Supervisor && o.AgencyId is null);
        Assert.Contains(officers, o => o.Role == OfficerRole.Supervisor && o.AgencyId == "disdukcapil");
        Assert.Equal(
            _catalog.Agencies.Keys.Order(StringComparer.Ordinal),
            officers.Where(o => o.Role == OfficerRole.Officer).Select(o => o.AgencyId!).Order(StringComparer.Ordinal));
        Assert.All(officers, o => Assert.Empty(o.PasswordHash));
        Assert.Equal(officers.Count, officers.Select(o => o.UserName).Distinct(StringComparer.Ordinal).Count());
    }
}
