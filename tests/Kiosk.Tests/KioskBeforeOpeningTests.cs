using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

public class KioskBeforeOpeningTests : ComponentTestBase
{
    public KioskBeforeOpeningTests()
        : base(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.FromHours(7))) => Services.AddKiosk();

    [Fact]
    public void Render_BeforeOpening_ServiceIsDisabledAndSaysWhenItOpens()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/kiosk?agency=disdukcapil");

        var cut = Render<KioskPage>();

        var card = cut.Find("[data-service-id='ktp-el']");
        Assert.True(card.HasAttribute("disabled"));
        Assert.Contains("belum buka", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("07:30", card.TextContent, StringComparison.Ordinal);
    }
}
