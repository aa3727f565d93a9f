using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Ui.Components;

namespace MppQueue.Ui.Tests;

public class LanguageSwitchTests : ComponentTestBase
{
    [Fact]
    public void OnSwitch_English_GoesToTheSwitchWithTheCurrentPageToReturnTo()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/kiosk?agency=imigrasi");
        var cut = Render<LanguageSwitch>();

        cut.Find("[data-testid='lang-en']").Click();

        Assert.Equal("http://localhost/culture/set?culture=en&redirectUri=%2Fkiosk%3Fagency%3Dimigrasi", navigation.Uri);
    }

    [Fact]
    public void Render_Indonesian_MarksIndonesianAsChosen()
    {
        var cut = Render<LanguageSwitch>();

        Assert.Equal("true", cut.Find("[data-testid='lang-id']").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("[data-testid='lang-en']").GetAttribute("aria-pressed"));
    }
}
