using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.Admin.Tests;

/// <summary>The rules of <see cref="OfficerAdministration"/>: who may create, disable, enable and reset whom, and what the audit log keeps.</summary>
public sealed class OfficerAdminTests : IDisposable
{
    private const string Password = "sandi-rahasia-123";
    private readonly LiteQueueStore _store = new(LiteQueueStore.InMemory);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly PasswordHasher<Officer> _hasher = new();
    private readonly OfficerAdministration _officers;

    public OfficerAdminTests()
    {
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build(), DemoMpp.Officers());
        _officers = new OfficerAdministration(_store, new QueueEngine(_store, _time, new QueueNotifier()), _hasher, _time);
    }

    private Officer Admin => Stored("admin");

    private Officer MppSupervisor => Stored("supervisor");

    private Officer DisdukcapilSupervisor => Stored("supervisor-disdukcapil");

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Create_Admin_StoresTheAccountWithAHashThatSignsIn()
    {
        var created = _officers.Create(Admin, new NewOfficer("  petugas.baru ", " Budi Santoso ", OfficerRole.Officer, "samsat", Password));

        var stored = Stored(created.Id);
        Assert.Equal(("petugas.baru", "Budi Santoso", OfficerRole.Officer, "samsat", true), (stored.UserName, stored.DisplayName, stored.Role, stored.AgencyId, stored.Active));
        Assert.NotEqual(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(stored, stored.PasswordHash, Password));
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Admin_MayCreateSupervisorsAndAdminsForTheWholeMpp()
    {
        var supervisor = _officers.Create(Admin, new NewOfficer("sup.baru", "Sup", OfficerRole.Supervisor, null, Password));
        var admin = _officers.Create(Admin, new NewOfficer("admin.dua", "Admin Dua", OfficerRole.Admin, "", Password));

        Assert.Null(supervisor.AgencyId);
        Assert.Equal(OfficerRole.Admin, Stored(admin.Id).Role);
        Assert.Null(Stored(admin.Id).AgencyId);
    }

    [Theory]
    [InlineData("", "Nama", OfficerAdminError.UserNameMissing)]
    [InlineData("   ", "Nama", OfficerAdminError.UserNameMissing)]
    [InlineData("ab", "Nama", OfficerAdminError.UserNameInvalid)]
    [InlineData("budi santoso", "Nama", OfficerAdminError.UserNameInvalid)]
    [InlineData("<script>", "Nama", OfficerAdminError.UserNameInvalid)]
    [InlineData("ADMIN", "Nama", OfficerAdminError.UserNameTaken)]
    [InlineData("petugas.baru", "", OfficerAdminError.DisplayNameMissing)]
    [InlineData("petugas.baru", "\u0007 ", OfficerAdminError.DisplayNameMissing)]
    public void Create_InvalidNames_RefusesAndStoresNothing(string userName, string displayName, OfficerAdminError error)
    {
        var before = _store.LoadOfficers().Count;

        var refusal = Assert.Throws<OfficerAdminException>(() => _officers.Create(Admin, new NewOfficer(userName, displayName, OfficerRole.Officer, "samsat", Password)));

        Assert.Equal(error, refusal.Error);
        Assert.Equal(before, _store.LoadOfficers().Count);
        Assert.Empty(AuditEntries());
    }

    [Fact]
    public void Create_TooLongNamesOrBadPasswords_AreRefusedWithTheirReason()
    {
        Assert.Equal(OfficerAdminError.UserNameTooLong, Refusal(() => _officers.Create(Admin, new NewOfficer(new string('a', 41), "Nama", OfficerRole.Officer, "samsat", Password))));
        Assert.Equal(OfficerAdminError.DisplayNameTooLong, Refusal(() => _officers.Create(Admin, new NewOfficer("budi", new string('a', 81), OfficerRole.Officer, "samsat", Password))));
        Assert.Equal(OfficerAdminError.PasswordTooShort, Refusal(() => _officers.Create(Admin, new NewOfficer("budi", "Budi", OfficerRole.Officer, "samsat", "pendek"))));
        Assert.Equal(OfficerAdminError.PasswordTooShort, Refusal(() => _officers.Create(Admin, new NewOfficer("budi", "Budi", OfficerRole.Officer, "samsat", "          x"))));
        Assert.Equal(OfficerAdminError.PasswordTooLong, Refusal(() => _officers.Create(Admin, new NewOfficer("budi", "Budi", OfficerRole.Officer, "samsat", new string('x', 129)))));
        Assert.Equal(OfficerAdminError.AgencyMissing, Refusal(() => _officers.Create(Admin, new NewOfficer("budi", "Budi", OfficerRole.Officer, null, Password))));
        Assert.Equal(OfficerAdminError.UnknownAgency, Refusal(() => _officers.Create(Admin, new NewOfficer("budi", "Budi", OfficerRole.Officer, "instansi-palsu", Password))));
        Assert.DoesNotContain(_store.LoadOfficers(), o => o.UserName == "budi");
    }

    [Fact]
    public void Create_AgencySupervisor_OnlyOfficersOfTheirOwnAgency()
    {
        var own = _officers.Create(DisdukcapilSupervisor, new NewOfficer("petugas.dukcapil2", "Dewi", OfficerRole.Officer, "disdukcapil", Password));

        Assert.Equal("disdukcapil", own.AgencyId);
        Assert.Equal(OfficerAdminError.NotAllowed, Refusal(() => _officers.Create(DisdukcapilSupervisor, new NewOfficer("petugas.samsat2", "Eko", OfficerRole.Officer, "samsat", Password))));
        Assert.Equal(OfficerAdminError.NotAllowed, Refusal(() => _officers.Create(DisdukcapilSupervisor, new NewOfficer("sup.dukcapil2", "Fajar", OfficerRole.Supervisor, "disdukcapil", Password))));
        Assert.Equal(OfficerAdminError.NotAllowed, Refusal(() => _officers.Create(DisdukcapilSupervisor, new NewOfficer("admin.dukcapil", "Gita", OfficerRole.Admin, "disdukcapil", Password))));
        Assert.Equal([OfficerRole.Officer], OfficerAdministration.RolesFor(DisdukcapilSupervisor));
    }

    [Fact]
    public void Create_MppSupervisor_OfficersOfAnyAgencyButNoSupervisors()
    {
        var officer = _officers.Create(MppSupervisor, new NewOfficer("petugas.samsat2", "Eko", OfficerRole.Officer, "samsat", Password));

        Assert.Equal("samsat", officer.AgencyId);
        Assert.Equal(OfficerAdminError.NotAllowed, Refusal(() => _officers.Create(MppSupervisor, new NewOfficer("sup.dua", "Sup", OfficerRole.Supervisor, null, Password))));
    }

    [Fact]
    public void Create_ByAnOfficerOrADisabledActor_IsRefused()
    {
        var officer = Stored("petugas-disdukcapil");
        _store.SaveOfficer(MppSupervisor with { Active = false });

        Assert.Equal(OfficerAdminError.NotAllowed, Refusal(() => _officers.Create(officer, new NewOfficer("petugas.x", "X", OfficerRole.Officer, "disdukcapil", Password))));
        Assert.Equal(OfficerAdminError.NotAllowed, Refusal(() => _officers.Create(MppSupervisor with { Active = true }, new NewOfficer("petugas.y", "Y", OfficerRole.Officer, "samsat", Password))));
        Assert.Empty(OfficerAdministration.RolesFor(officer));
    }

    [Fact]
    public async Task Create_SameUserNameTwiceAtOnce_CreatesOneAccount()
    {
        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            try
            {
                _officers.Create(Admin, new NewOfficer(i % 2 == 0 ? "kembar" : "KEMBAR", "Kembar " + i, OfficerRole.Officer, "samsat", Password));
                return true;
            }
            catch (OfficerAdminException refusal) when (refusal.Error == OfficerAdminError.UserNameTaken)
            {
                return false;
            }
        }));

        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(r => r));
        Assert.Single(_store.LoadOfficers(), o => string.Equals(o.UserName, "kembar", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SetActive_AgencySupervisor_DisablesOwnOfficerButNoOneElse()
    {
        var disabled = _officers.SetActive(DisdukcapilSupervisor, "petugas-disdukcapil", active: false);

        Assert.False(Stored("petugas-disdukcapil").Active);
        Assert.False(disabled.Active);
        Assert.Equal(OfficerAdminError.UnknownOfficer, Refusal(() => _officers.SetActive(DisdukcapilSupervisor, "petugas-samsat", false)));
        Assert.Equal(OfficerAdminError.UnknownOfficer, Refusal(() => _officers.SetActive(DisdukcapilSupervisor, "admin", false)));
        Assert.Equal(OfficerAdminError.UnknownOfficer, Refusal(() => _officers.SetActive(DisdukcapilSupervisor, "no-such-id", false)));
        Assert.True(Stored("petugas-samsat").Active);
        Assert.True(Stored("admin").Active);
    }

    [Fact]
    public void SetActive_SupervisorOnASupervisorOrAdmin_IsNotAllowed()
    {
        Assert.Equal(OfficerAdminError.NotAllowed, Refusal(() => _officers.SetActive(MppSupervisor, "supervisor-disdukcapil", false)));
        Assert.Equal(OfficerAdminError.NotAllowed, Refusal(() => _officers.SetActive(MppSupervisor, "admin", false)));
        Assert.Equal(OfficerAdminError.NotAllowed, Refusal(() => _officers.ResetPassword(DisdukcapilSupervisor, "supervisor-disdukcapil", Password)));
        Assert.True(Stored("supervisor-disdukcapil").Active);
    }

    [Fact]
    public void SetActive_OnlyAdminDisablesThemselves_IsRefusedAsTheLastAdmin()
    {
        Assert.Equal(OfficerAdminError.LastAdmin, Refusal(() => _officers.SetActive(Admin, "admin", false)));
        Assert.True(Stored("admin").Active);
    }

    [Fact]
    public void SetActive_AdminDisablesThemselvesWithAnotherAdminActive_IsRefused()
    {
        var second = _officers.Create(Admin, new NewOfficer("admin.dua", "Admin Dua", OfficerRole.Admin, null, Password));

        Assert.Equal(OfficerAdminError.DisableSelf, Refusal(() => _officers.SetActive(Admin, "admin", false)));

        var disabled = _officers.SetActive(Stored(second.Id), "admin", false);
        Assert.False(disabled.Active);
        Assert.Equal(OfficerAdminError.LastAdmin, Refusal(() => _officers.SetActive(Stored(second.Id), second.Id, false)));
    }

    [Fact]
    public void SetActive_DisableThenEnable_IsAuditedWithTheActor()
    {
        _officers.SetActive(Admin, "petugas-samsat", false);
        _time.Advance(TimeSpan.FromMinutes(1));
        var enabled = _officers.SetActive(Admin, "petugas-samsat", true);

        Assert.True(enabled.Active);
        var audit = AuditEntries();
        Assert.Equal([AuditActions.OfficerDisabled, AuditActions.OfficerEnabled], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(("admin", "petugas-samsat"), (a.ActorId, a.Subject)));
    }

    [Fact]
    public void ResetPassword_Admin_NewPasswordWorksOldOneNotAndTheAuditHoldsNeither()
    {
        var target = _officers.Create(Admin, new NewOfficer("petugas.baru", "Budi", OfficerRole.Officer, "samsat", Password));
        const string newPassword = "sandi-baru-456789";

        _officers.ResetPassword(Admin, target.Id, newPassword);

        var stored = Stored(target.Id);
        Assert.NotEqual(target.PasswordHash, stored.PasswordHash);
        Assert.NotEqual(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(stored, stored.PasswordHash, newPassword));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(stored, stored.PasswordHash, Password));
        var audit = AuditEntries();
        Assert.Equal([AuditActions.OfficerCreated, AuditActions.OfficerPasswordReset], audit.Select(a => a.Action));
        Assert.All(audit, a =>
        {
            Assert.DoesNotContain(Password, a.Detail ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(newPassword, a.Detail ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(stored.PasswordHash, a.Detail ?? string.Empty, StringComparison.Ordinal);
            Assert.Contains("petugas.baru", a.Detail, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ResetPassword_TooShort_IsRefusedAndKeepsTheOldHash()
    {
        var before = Stored("petugas-samsat").PasswordHash;

        Assert.Equal(OfficerAdminError.PasswordTooShort, Refusal(() => _officers.ResetPassword(Admin, "petugas-samsat", "123")));

        Assert.Equal(before, Stored("petugas-samsat").PasswordHash);
        Assert.Empty(AuditEntries());
    }

    [Fact]
    public void Visible_AgencySupervisor_SeesOnlyTheirAgencysAccounts()
    {
        var visible = _officers.Visible(DisdukcapilSupervisor);

        Assert.NotEmpty(visible);
        Assert.All(visible, o => Assert.Equal("disdukcapil", o.AgencyId));
        Assert.Equal(_store.LoadOfficers().Count, _officers.Visible(Admin).Count);
        Assert.Empty(_officers.Visible(Stored("petugas-samsat")));
    }

    [Fact]
    public void GeneratePassword_IsLongEnoughAndDifferentEachTime()
    {
        var one = OfficerAdministration.GeneratePassword();
        var two = OfficerAdministration.GeneratePassword();

        Assert.True(one.Length >= OfficerAdministration.MinPasswordLength);
        Assert.NotEqual(one, two);
    }

    private Officer Stored(string id) => _store.LoadOfficers().Single(o => o.Id == id);

    private List<AuditEntry> AuditEntries() =>
        [.. _store.LoadAudit(DateTimeOffset.MinValue.AddDays(1), DateTimeOffset.MaxValue.AddDays(-1))];

    private static OfficerAdminError Refusal(Action act) => Assert.Throws<OfficerAdminException>(act).Error;
}
