using MppQueue.Core;
using MppQueue.Display.Pages;
using MudBlazor;

namespace MppQueue.Display.Tests;

public class RegisterScreenPageTests : DisplayTestBase
{
    [Fact]
    public void Register_NameAndZone_StoresTheScreenAndShowsItsAddressWithToken()
    {
        var cut = Render<RegisterScreenPage>();

        cut.FindComponent<MudTextField<string>>().Find("input").Change("TV ruang tunggu kiri");
        cut.FindComponents<MudCheckBox<bool>>()[0].Find("input").Change(true);
        cut.Find("[data-testid='register'] ").Click();

        var screen = Assert.Single(Registry.Screens());
        Assert.Equal("TV ruang tunggu kiri", screen.Name);
        Assert.Equal("zona-1", screen.ZoneId);
        Assert.True(screen.IsSpeaker);
        Assert.EndsWith($"/display/zona-1?device={screen.Token}", cut.Find("[data-testid='registered-address']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_WithoutAName_SaysWhatIsMissingAndStoresNothing()
    {
        var cut = Render<RegisterScreenPage>();

        cut.Find("[data-testid='register']").Click();

        Assert.Equal("Beri nama layar ini.", cut.Find("[data-testid='register-error']").TextContent.Trim());
        Assert.Empty(Registry.Screens());
    }
}
