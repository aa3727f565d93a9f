using System.Net;
using System.Text;
using MppQueue.Core;
using MppQueue.Kiosk;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>The public booking page and a booking's calendar file, through the host.</summary>
public class BookingEndpointTests(SharedHost host) : IClassFixture<SharedHost>
{
    private Booking Book(string phone, string nik = "3201234567890123")
    {
        var engine = host.Factory.Engine;
        // The host's clock stands on Monday morning: Tuesday can be booked.
        var day = engine.Today.AddDays(1);
        var secret = new BookingSecret(new string('t', 40));
        return engine.Book(new BookingRequest("ktp-el", day, new TimeOnly(9, 0), BookingHolder.From(phone, nik, secret)));
    }

    private static List<string> Unfold(string text)
    {
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = new List<string>();
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, "A line of more than 75 octets: " + line);
            if (line.StartsWith(' '))
            {
                lines[^1] += line[1..];
            }
            else if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    [Fact]
    public async Task TheCalendarFile_IsOneEventForTheSessionInUtc_WithTheCodeAndNothingPersonal()
    {
        var booking = Book("081298765432");
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync(KioskRoutes.BookingCalendar(booking.Token!));
        var text = await response.Content.ReadAsStringAsync();
        var lines = Unfold(text);
        string Value(string name) => lines.First(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("booking-" + booking.Code + ".ics", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString(), StringComparison.Ordinal);
        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], lines.Take(2));
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Equal(booking.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "T020000Z", Value("DTSTART"));
        Assert.Equal(booking.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "T030000Z", Value("DTEND"));
        Assert.Equal(booking.Code + "@mppqueue", Value("UID"));
        Assert.Contains(booking.Code, Value("SUMMARY"), StringComparison.Ordinal);
        Assert.Contains("Kartu Keluarga asli", Value("DESCRIPTION"), StringComparison.Ordinal);
        Assert.EndsWith(KioskRoutes.BookingPage(booking.Token!), Value("URL"), StringComparison.Ordinal);
        Assert.DoesNotContain("98765432", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0123", text.Replace(booking.Token!, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AnUnknownBooking_IsA404WithAPlainSentence(string token)
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync(KioskRoutes.BookingCalendar(token));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Tautan ini tidak mengarah ke booking mana pun", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/booking", "Booking Layanan")]
    [InlineData("/booking?agency=disdukcapil&service=ktp-el", "Pilih tanggal")]
    public async Task ThePublicPages_AnswerWithoutAnAccount(string path, string expected)
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABookingsPage_IsThereForItsToken_And404WithItsOwnWordsForATokenThatLeadsNowhere()
    {
        var booking = Book("081298765433", "3201234567890124");
        using var client = host.Factory.CreateClient();

        using var known = await client.GetAsync("/booking/" + booking.Token);
        using var unknown = await client.GetAsync("/booking/unknown-token-value");
        var body = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Contains(booking.Code, await known.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Booking tidak ditemukan", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Halaman tidak ditemukan", body, StringComparison.Ordinal);
    }
}
