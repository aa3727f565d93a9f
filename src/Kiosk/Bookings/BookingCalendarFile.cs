using System.Globalization;
using System.Text;
using MppQueue.Core;

namespace MppQueue.Kiosk.Bookings;

/// <summary>
/// A booking as an iCalendar file (RFC 5545) for the phone's calendar: one event for the session, in UTC, with the
/// code, the service and what to bring, and a reminder an hour before. Nothing personal goes in it.
/// </summary>
public static class BookingCalendarFile
{
    public static string Write(Core.Booking booking, Service service, Site site, Uri page, DateTimeOffset stamp, bool english)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(page);
        var start = SiteClock.ToInstant(booking.Date, booking.Window.Start, site.TimeZone);
        var end = SiteClock.ToInstant(booking.Date, booking.Window.End, site.TimeZone);
        var name = english ? service.NameEn : service.NameId;
        var bring = english ? service.RequirementsEn : service.RequirementsId;
        var summary = (english ? "Booking " : "Booking ") + name + " (" + booking.Code + ")";
        var description = (english ? "Booking code: " : "Kode booking: ") + booking.Code + "\n"
            + (english ? "Check in at the kiosk from " : "Check-in di kiosk mulai ")
            + SiteClock.ToSiteTime(start.AddMinutes(-service.Booking.CheckInMinutesBefore), site.TimeZone).ToString("HH:mm", CultureInfo.InvariantCulture) + "\n"
            + (string.IsNullOrWhiteSpace(bring) ? string.Empty : (english ? "Bring: " : "Bawa: ") + bring + "\n")
            + page.AbsoluteUri;

        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//MppQueue//Booking//ID");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "BEGIN:VEVENT");
        Line(text, "UID:" + booking.Code + "@mppqueue");
        Line(text, "DTSTAMP:" + Utc(stamp));
        Line(text, "DTSTART:" + Utc(start));
        Line(text, "DTEND:" + Utc(end));
        Line(text, "SUMMARY:" + Escape(summary));
        Line(text, "LOCATION:" + Escape(site.Name));
        Line(text, "DESCRIPTION:" + Escape(description));
        Line(text, "URL:" + page.AbsoluteUri);
        Line(text, "BEGIN:VALARM");
        Line(text, "ACTION:DISPLAY");
        Line(text, "TRIGGER:-PT1H");
        Line(text, "DESCRIPTION:" + Escape(summary));
        Line(text, "END:VALARM");
        Line(text, "END:VEVENT");
        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    // Lines end in CRLF and are folded before 75 octets (a space starts each continuation), never inside a character.
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > 74)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        text.Append("\r\n");
    }
}
