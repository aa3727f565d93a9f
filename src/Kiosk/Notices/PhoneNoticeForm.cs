using System.Globalization;
using System.Text;
using MppQueue.Core;

namespace MppQueue.Kiosk.Notices;

/// <summary>
/// The phone number for one ticket's or booking's WhatsApp/SMS notices, as the visitor gives it or takes it back: typed
/// on the kiosk's keypad or in the phone page's field, kept by <see cref="NoticeService"/>, and shown back only masked.
/// The number typed lives here until it is saved; a refusal becomes one sentence in the visitor's language.
/// A plain class, so the kiosk's and the phone's components share it and a unit test reaches it without rendering.
/// </summary>
public sealed class PhoneNoticeForm
{
    /// <summary>The most digits an Indonesian mobile number has, written with its leading 0 or 62.</summary>
    public const int MaxDigits = 15;

    private readonly NoticeService _notices;
    private NoticeContact? _contact;

    public PhoneNoticeForm(NoticeService notices, NoticeSubject subject)
    {
        ArgumentNullException.ThrowIfNull(notices);
        _notices = notices;
        Subject = subject;
        Refresh();
    }

    public NoticeSubject Subject { get; }

    /// <summary>The number as typed, not yet saved.</summary>
    public string Typed { get; set; } = string.Empty;

    /// <summary>The kiosk's keypad is open.</summary>
    public bool Editing { get; private set; }

    /// <summary>Why the last save or removal did not happen, as a sentence for the visitor; null when it did.</summary>
    public string? Error { get; private set; }

    /// <summary>The number was just taken back.</summary>
    public bool Removed { get; private set; }

    /// <summary>A number is kept for the subject's notices.</summary>
    public bool HasPhone => _contact?.Phone is not null;

    /// <summary>The kept number with only its last four digits ("••••7890"): enough to recognise, too little to read off a screen.</summary>
    public string Masked => BookingHolder.MaskPhone(_contact?.Phone);

    /// <summary>The typed number in groups of four ("0812-3456-7890"), as people write it.</summary>
    public string Formatted => Group(Typed);

    /// <summary>Whether a ticket in this state still takes a number: until it is served, finished or given up.</summary>
    public static bool Takes(TicketStatus status) => status is TicketStatus.Waiting or TicketStatus.Called or TicketStatus.Held;

    /// <summary>Reads the kept number again (it may have been set or taken back on another screen, or purged).</summary>
    public void Refresh() => _contact = _notices.Contact(Subject);

    public void Open()
    {
        Editing = true;
        Error = null;
        Removed = false;
    }

    /// <summary>Closes the keypad and forgets what was typed.</summary>
    public void Cancel()
    {
        Editing = false;
        Typed = string.Empty;
        Error = null;
    }

    /// <summary>One key of the keypad: a digit is added while the number can still grow; anything else is ignored.</summary>
    public void Press(char key)
    {
        if (char.IsAsciiDigit(key) && Typed.Count(char.IsAsciiDigit) < MaxDigits)
        {
            Typed += key;
            Error = null;
        }
    }

    public void Backspace()
    {
        Typed = Typed.Length > 0 ? Typed[..^1] : string.Empty;
        Error = null;
    }

    public void Clear()
    {
        Typed = string.Empty;
        Error = null;
    }

    /// <summary>Keeps the typed number for the subject's notices; false with <see cref="Error"/> set when it is refused.</summary>
    public bool Save(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Removed = false;
        if (string.IsNullOrWhiteSpace(Typed))
        {
            // An empty number would take the kept one back: that is what "Hapus" is for.
            Error = NoticePhoneText.ResourceManager.GetString(nameof(NoticePhoneText.Empty), culture);
            return false;
        }

        return Change(Typed, culture);
    }

    /// <summary>Takes the number back: nothing more goes to it, and it is deleted at once.</summary>
    public bool Remove(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var removed = Change(null, culture);
        Removed = removed;
        return removed;
    }

    private bool Change(string? phone, CultureInfo culture)
    {
        try
        {
            _contact = _notices.SetPhone(Subject, phone, culture.TwoLetterISOLanguageName);
            Typed = string.Empty;
            Editing = false;
            Error = null;
            return true;
        }
        catch (QueueException refused)
        {
            Error = refused.Error.Describe(culture);
            Refresh();
            return false;
        }
    }

    private static string Group(string typed)
    {
        var digits = typed.Where(char.IsAsciiDigit).ToArray();
        var grouped = new StringBuilder(digits.Length + 4);
        for (var i = 0; i < digits.Length; i++)
        {
            // 0812-3456-7890: a dash after the fourth and the eighth digit, the rest together.
            if (i is 4 or 8)
            {
                grouped.Append('-');
            }

            grouped.Append(digits[i]);
        }

        return grouped.ToString();
    }
}
