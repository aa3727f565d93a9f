using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages.People;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;
using static MppQueue.Admin.Tests.People.PeopleForms;

namespace MppQueue.Admin.Tests.People;

public class ApiClientsPageTests : AdminTestBase
{
    public ApiClientsPageTests() => SignedInAs("admin");

    private ApiClientRegistry Registry => Services.GetRequiredService<ApiClientRegistry>();

    // MudCheckBox puts the test id on its input or around it, depending on the version.
    private static bool Disabled(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> page, string testId)
    {
        var element = page.Find($"[data-testid='{testId}']");
        var input = element.TagName == "INPUT" ? element : element.QuerySelector("input");
        return input?.HasAttribute("disabled") ?? throw new InvalidOperationException("No checkbox " + testId);
    }

    private List<AuditEntry> Audit() => [.. Store.LoadAudit(DateTimeOffset.UnixEpoch, Time.GetUtcNow().AddDays(1))];

    [Fact]
    public void Create_AgencyClient_ShowsTheCredentialOnceAndKeepsOnlyItsHash()
    {
        var page = Render<ApiClientsPage>();
        Assert.Equal("Belum ada klien API.", Text(page, "no-clients"));

        Type(page, "client-name", "Sistem antrean Polres");
        Choose(page, "client-scope", "polres");
        Press(page, "create-submit");

        var client = Assert.Single(Registry.Clients());
        var credential = Text(page, "client-credential-text");
        Assert.StartsWith(client.Id + ".", credential, StringComparison.Ordinal);
        Assert.Contains("tidak akan ditampilkan lagi", Text(page, "client-credential"), StringComparison.Ordinal);
        Assert.Equal(ApiSecret.Hash(credential[(client.Id.Length + 1)..]), Store.LoadApiClients().Single().SecretHash);
        Assert.Equal("polres", Registry.Authenticate(credential)?.Scope.AgencyId);
        var row = Row(page, "data-client-id", client.Id);
        Assert.Contains("Kepolisian Resor Harapan Jaya", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Aktif", row.TextContent, StringComparison.Ordinal);
        var audit = Assert.Single(Audit());
        Assert.Equal((ApiAudit.ClientCreated, "admin", client.Id), (audit.Action, audit.ActorId, audit.Subject));
        Assert.DoesNotContain(credential[(client.Id.Length + 1)..], audit.Detail, StringComparison.Ordinal);

        var again = Render<ApiClientsPage>();
        Assert.Empty(again.FindAll("[data-testid='client-credential']"));
        Assert.DoesNotContain(credential, again.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WholeMpp_OffersReadingOnlyAndRefusesAnEmptyName()
    {
        var page = Render<ApiClientsPage>();

        Assert.Equal("Klien untuk seluruh MPP hanya boleh membaca.", Text(page, "mpp-read-only"));
        Assert.False(Disabled(page, "operation-Read"));
        Assert.True(Disabled(page, "operation-Bookings"));
        Press(page, "create-submit");
        Assert.Equal("Isi nama klien.", Text(page, "create-error"));
        Assert.Empty(Registry.Clients());

        Type(page, "client-name", "Dasbor Pemkot");
        Press(page, "create-submit");

        var client = Assert.Single(Registry.Clients());
        Assert.Equal([ApiOperation.Read], client.Operations);
        Assert.True(client.Scope.IsMppWide);
    }

    [Fact]
    public void Renew_SecondClick_ShowsANewCredentialAndTheOldOneStopsWorking()
    {
        var issued = Registry.Create(new ApiClientRequest("Dasbor", null, [ApiOperation.Read]), Engine.Catalog);
        var page = Render<ApiClientsPage>();

        Press(page, "renew");
        Assert.Equal("Ganti rahasia: yakin?", Text(page, "renew"));
        Assert.NotNull(Registry.Authenticate(issued.Credential));
        Press(page, "renew");

        var renewed = Text(page, "client-credential-text");
        Assert.NotEqual(issued.Credential, renewed);
        Assert.Null(Registry.Authenticate(issued.Credential));
        Assert.NotNull(Registry.Authenticate(renewed));
        Assert.Equal((ApiAudit.ClientRenewed, issued.Client.Id), Audit().Select(a => (a.Action, a.Subject)).Single());
    }

    [Fact]
    public void Revoke_SecondClick_RevokesTheClientAndItsCredentialStops()
    {
        var issued = Registry.Create(new ApiClientRequest("Sistem Polres", "polres", [ApiOperation.Read]), Engine.Catalog);
        var page = Render<ApiClientsPage>();

        Press(page, "revoke");
        Press(page, "revoke");

        Assert.Equal("Klien Sistem Polres dicabut; kredensialnya tidak berlaku lagi.", Text(page, "client-notice"));
        Assert.Null(Registry.Authenticate(issued.Credential));
        var row = Row(page, "data-client-id", issued.Client.Id);
        Assert.Equal("false", row.GetAttribute("data-active"));
        Assert.Empty(page.FindAll("[data-testid='renew']"));
        Assert.Equal((ApiAudit.ClientRevoked, "admin"), Audit().Select(a => (a.Action, a.ActorId!)).Single());
    }

    [Fact]
    public void Create_BySupervisor_IsRefused()
    {
        SignedInAs("supervisor");
        var page = Render<ApiClientsPage>();

        Type(page, "client-name", "Dasbor");
        Press(page, "create-submit");

        Assert.Equal("Hanya admin yang mengelola klien API.", Text(page, "create-error"));
        Assert.Empty(Registry.Clients());
    }
}
