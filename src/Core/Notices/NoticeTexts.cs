using System.Globalization;
using System.Resources;

namespace MppQueue.Core;

/// <summary>
/// The words of each notice in the visitor's language (Indonesian unless they chose English), with the template key
/// and parameters that WhatsApp's registered templates take in the same order (docs/notifications.md lists them).
/// </summary>
public static class NoticeTexts
{
    private static readonly ResourceManager Text = new("MppQueue.Core.Resources.NoticeText", typeof(NoticeTexts).Assembly);

    /// <summary>The template keys, each with its parameters, as an MPP registers them with WhatsApp.</summary>
    public static IReadOnlyList<string> TemplateKeys { get; } =
        ["booking_confirmed", "booking_reminder", "come_back", "called", "recalled", "survey", "cancelled", "cancelled_booking", "expired"];

    /// <summary>The words of <paramref name="notice"/> for a send to <paramref name="contact"/>.</summary>
    public static NoticeDelivery Render(Notice notice, NoticeContact contact, Uri? publicBase)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(contact);
        var culture = CultureInfo.GetCultureInfo(contact.Language == "en" ? "en" : "id-ID");
        var c = notice.Content;
        var service = culture.TwoLetterISOLanguageName == "en" && c.ServiceNameEn.Length > 0 ? c.ServiceNameEn : c.ServiceNameId;
        var relative = c.Token is null ? "/" : notice.TicketId is not null ? "/t/" + Uri.EscapeDataString(c.Token) : "/booking/" + Uri.EscapeDataString(c.Token);
        var link = publicBase is null ? null : new Uri(WithSlash(publicBase), relative.TrimStart('/'));
        var date = c.Date is { } d ? d.ToString("dddd, d MMMM yyyy", culture) : string.Empty;
        var session = c.SessionStart is { } s && c.SessionEnd is { } e
            ? s.ToString("HH.mm", culture) + "–" + e.ToString("HH.mm", culture)
            : string.Empty;
        var number = c.TicketNumber ?? string.Empty;
        var desk = c.DeskNumber?.ToString(culture) ?? string.Empty;
        var bookingCancel = notice.Kind == NoticeKind.Cancelled && notice.TicketId is null;
        var (key, name, parameters) = notice.Kind switch
        {
            NoticeKind.BookingConfirmed => ("booking_confirmed", "BookingConfirmed", new[] { c.BookingCode ?? string.Empty, service, date, session }),
            NoticeKind.BookingReminder => ("booking_reminder", "BookingReminder", [c.BookingCode ?? string.Empty, service, date, session]),
            NoticeKind.ComeBack => ("come_back", "ComeBack", [number, service, ComeBackPhrase(c, culture)]),
            NoticeKind.Called => ("called", "Called", [number, desk, service]),
            NoticeKind.Recalled => ("recalled", "Recalled", [number, desk, service]),
            NoticeKind.Survey => ("survey", "Survey", [number, service, link?.AbsoluteUri ?? Get("Link_TicketPage", culture)]),
            NoticeKind.Cancelled when bookingCancel => ("cancelled_booking", "CancelledBooking", [c.BookingCode ?? string.Empty, service, date, session]),
            NoticeKind.Cancelled => ("cancelled", "Cancelled", [number, service]),
            NoticeKind.Expired => ("expired", "Expired", [c.BookingCode ?? string.Empty, service, date, session]),
            _ => throw new ArgumentOutOfRangeException(nameof(notice), notice.Kind, null),
        };
        var body = string.Format(culture, Get("Body_" + name, culture), parameters);
        return new NoticeDelivery(notice, contact, culture.TwoLetterISOLanguageName, key, Get("Title_" + name, culture), body, parameters, link, relative);
    }

    /// <summary>Why a notice failed without any send, in the language of the page that shows it.</summary>
    public static string Failure(string key, CultureInfo culture) => Get("Failed_" + key, culture);

    private static string ComeBackPhrase(NoticeContent content, CultureInfo culture) =>
        content.Minutes is { } minutes
            ? minutes < 2 ? Get("Phrase_Soon", culture) : string.Format(culture, Get("Phrase_Minutes", culture), minutes)
            : string.Format(culture, Get("Phrase_Places", culture), content.PeopleAhead ?? 0);

    private static string Get(string name, CultureInfo culture) => Text.GetString(name, culture) ?? name;

    private static Uri WithSlash(Uri root) => root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
}
