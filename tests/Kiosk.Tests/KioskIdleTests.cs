using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

/// <summary>After the idle timeout the kiosk forgets what was entered and shows the start; the clock is a fake one.</summary>
public class KioskIdleTests : ComponentTestBase
{
    public KioskIdleTests() => Services.AddKiosk(o => o.IdleSeconds = 30);

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Idle_OnTheServicesStep_GoesBackToTheStart()
    {
        Navigation.NavigateTo("/kiosk?agency=imigrasi");
        var cut = Render<KioskPage>();

        Time.Advance(TimeSpan.FromSeconds(31));

        Eventually(() => Assert.EndsWith("/kiosk", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void Idle_TouchedBeforeTheTimeout_StaysOnTheStep()
    {
        Navigation.NavigateTo("/kiosk?agency=imigrasi");
        var cut = Render<KioskPage>();

        Time.Advance(TimeSpan.FromSeconds(20));
        cut.Find("[data-testid='kiosk']").TriggerEvent("onpointerdown", new Microsoft.AspNetCore.Components.Web.PointerEventArgs());
        Time.Advance(TimeSpan.FromSeconds(20));

        Assert.EndsWith("/kiosk?agency=imigrasi", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Idle_SearchTyped_ForgetsTheSearchAndShowsTheAgencies()
    {
        var cut = Render<KioskPage>();
        cut.Find("[data-testid='search']").Input("paspor");
        Assert.Single(cut.FindAll("[data-testid='search-results'] [data-testid='service']"));

        Time.Advance(TimeSpan.FromSeconds(31));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal(10, cut.FindAll("[data-testid='agency']").Count);
            Assert.Equal(string.Empty, cut.Find("[data-testid='search']").GetAttribute("value") ?? string.Empty);
            Assert.Empty(cut.FindAll("[data-testid='keyboard']"));
        });
    }

    [Fact]
    public void Idle_BookingCodeTyped_ForgetsTheCode()
    {
        Navigation.NavigateTo("/kiosk?booking=1");
        var cut = Render<KioskPage>();
        cut.Find("[data-testid='booking-code']").Change("ABCD2345");

        Time.Advance(TimeSpan.FromSeconds(31));
        Eventually(() => Assert.EndsWith("/kiosk", Navigation.Uri, StringComparison.Ordinal));
        Navigation.NavigateTo("/kiosk?booking=1");
        cut.Render();

        Assert.Equal(string.Empty, cut.Find("[data-testid='booking-code']").GetAttribute("value") ?? string.Empty);
        Assert.Empty(Engine.TicketsToday());
    }

    [Fact]
    public void Idle_TicketSlip_GoesBackToTheStartSoTheNextVisitorDoesNotSeeIt()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Render<KioskTicketPage>(p => p.Add(x => x.Token, ticket.Token));

        Time.Advance(TimeSpan.FromSeconds(31));

        Eventually(() => Assert.EndsWith("/kiosk", Navigation.Uri, StringComparison.Ordinal));
    }
}
