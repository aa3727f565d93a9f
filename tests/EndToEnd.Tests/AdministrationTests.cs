using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// An admin runs the building from the browser: a new service with a new prefix is added and given a desk, the
/// kiosk that was already open offers it without a restart, a ticket is taken and served, and the Command Center,
/// the day's report and both downloads count it.
/// </summary>
public class AdministrationTests
{
    private const string NewPrefix = "Q";
    private const string NewName = "Legalisir Dokumen Pajak";
    private const string AgencyId = "kpp-pratama";
    private static readonly LocatorAssertionsToHaveTextOptions Within = new() { Timeout = 20_000 };

    [Fact]
    public async Task NewService_AddedByAdmin_IsIssuedServedCountedAndExported()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        var agency = engine.Catalog.Agencies[AgencyId];
        var desk = engine.Catalog.Desks.Values.Where(d => d.AgencyId == AgencyId && d.Active).OrderBy(d => d.Number).First();
        await using var browser = await Browser.LaunchAsync();

        // The kiosk is open before the service exists.
        var kiosk = new KioskScreen(await browser.NewPageAsync(address, 1080, 1920));
        await kiosk.OpenAsync();

        var signIn = new CounterScreen(await browser.NewPageAsync(address, 1440, 1000));
        await signIn.SignInAsync("admin");
        var admin = new AdminScreen(signIn.Page);
        await admin.OpenPageAsync("/admin/services/new");
        await admin.FillAsync("service-prefix", NewPrefix);
        await admin.SelectAsync("service-agency", agency.Name);
        await admin.SelectAsync("service-zone", engine.Catalog.Zones[desk.ZoneId].Name);
        await admin.FillAsync("service-name-id", NewName);
        await admin.FillAsync("service-name-en", "Tax Document Legalisation");
        await admin.FillAsync("service-quota-total", "40");
        await admin.SaveScreenshotAsync("admin-new-service.png");
        await admin.ClickAsync("service-save");
        var service = await EventuallyAsync(() => engine.Catalog.Services.Values.SingleOrDefault(s => s.Prefix.ToString() == NewPrefix));
        Assert.Equal(AgencyId, service.AgencyId);

        await admin.OpenPageAsync("/admin/desks/" + desk.Id);
        var box = $"[data-testid='desk-service'][data-service-id='{service.Id}']";
        await admin.Page.Locator($"input{box}, {box} input").First.CheckAsync();
        await admin.ClickAsync("desk-save");
        await EventuallyAsync(() => engine.Catalog.Desks[desk.Id].ServiceIds.Contains(service.Id) ? service : null);

        // No restart, no reload: the kiosk lists it under its agency and issues it.
        var number = await kiosk.TakeTicketAsync(AgencyId, service.Id);
        Assert.StartsWith(NewPrefix, number, StringComparison.Ordinal);
        await kiosk.SaveScreenshotAsync("admin-new-service-kiosk.png");
        var ticket = engine.TicketsToday().Single(t => t.ServiceId == service.Id);
        engine.CallNext(desk.Id);
        engine.StartServing(desk.Id, ticket.Id);
        engine.Finish(desk.Id, ticket.Id);

        await admin.OpenPageAsync("/command");
        var row = admin.Page.Locator($"[data-testid='command-service'][data-service-id='{service.Id}']");
        await Expect(row.Locator("[data-testid='service-served']")).ToHaveTextAsync("1", Within);
        await admin.SaveScreenshotAsync("admin-new-service-command.png");

        await admin.OpenPageAsync("/reports?period=today&service=" + Uri.EscapeDataString(service.Id));
        var line = admin.Page.Locator("[data-testid='report-line']", new() { HasText = NewName });
        await Expect(line.Locator("[data-testid='report-line-issued']")).ToHaveTextAsync("1", Within);
        await Expect(line.Locator("[data-testid='report-line-served']")).ToHaveTextAsync("1", Within);
        await admin.SaveScreenshotAsync("admin-new-service-report.png");

        // The downloads, with the admin's cookie, as the buttons fetch them.
        var day = engine.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var query = $"?from={day}&to={day}";
        var csv = await admin.Page.GetPathAsync("/reports/export.csv" + query);
        Assert.Equal(200, csv.Status);
        var csvText = await csv.TextAsync();
        Assert.Contains(NewName, csvText, StringComparison.Ordinal);

        var xlsx = await admin.Page.GetPathAsync("/reports/export.xlsx" + query);
        Assert.Equal(200, xlsx.Status);
        using var workbook = new XLWorkbook(new MemoryStream(await xlsx.BodyAsync()));
        var cell = workbook.Worksheets.SelectMany(w => w.CellsUsed()).FirstOrDefault(c => c.GetString().Contains(NewName, StringComparison.Ordinal));
        Assert.NotNull(cell);
        var rowCells = cell.WorksheetRow().CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("1", rowCells);
    }

    private static async Task<T> EventuallyAsync<T>(Func<T?> probe)
        where T : class
    {
        for (var i = 0; i < 100; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The change did not reach the engine within 20 s.");
    }
}
