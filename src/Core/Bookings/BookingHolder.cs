using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MppQueue.Core;

/// <summary>
/// The holder of a booking as the engine may keep it: a phone number in one form, and the NIK only as a keyed hash
/// (HMAC-SHA256 under the site's secret) with its last four digits. The NIK as typed never leaves this type.
/// </summary>
public sealed record BookingHolder(string? Phone, string? NikHash, string? NikLast4)
{
    public const int NikLength = 16;

    /// <summary>Checks and protects what a person typed; refuses a malformed phone number or NIK with a clear field.</summary>
    public static BookingHolder From(string? phone, string? nik, BookingSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var tel = NormalizePhone(phone);
        var digits = (nik ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '-').ToArray();
        if (digits.Length == 0)
        {
            return new BookingHolder(tel, null, null);
        }

        var plain = new string(digits);
        if (plain.Length != NikLength || !plain.All(char.IsAsciiDigit) || plain.StartsWith("00", StringComparison.Ordinal))
        {
            throw new QueueException(new QueueError(QueueErrorCode.InvalidNik, Detail: Printable.Echo(plain.Length >= 4 ? plain[^4..] : plain)));
        }

        return new BookingHolder(tel, secret.Hash(plain), plain[^4..]);
    }

    /// <summary>An Indonesian mobile number as digits in the 62… form (0812…, +62 812…, 62812… are the same number).</summary>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.Trim();
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        var allowed = trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '.');
        if (digits.StartsWith('0'))
        {
            digits = "62" + digits[1..];
        }
        else if (digits.StartsWith('8'))
        {
            digits = "62" + digits;
        }

        if (!allowed || !digits.StartsWith("628", StringComparison.Ordinal) || digits.Length is < 10 or > 15)
        {
            throw new QueueException(new QueueError(QueueErrorCode.InvalidPhone, Detail: Printable.Echo(trimmed)));
        }

        return digits;
    }

    /// <summary>The phone number as a person reads it (0812-3456-7890), or empty.</summary>
    public static string ShowPhone(string? phone) =>
        phone is { Length: > 2 } p && p.StartsWith("62", StringComparison.Ordinal) ? "0" + p[2..] : phone ?? string.Empty;

    /// <summary>Only the last digits of a phone number, for screens that must not show it whole.</summary>
    public static string MaskPhone(string? phone) =>
        phone is { Length: >= 4 } p ? "••••" + p[^4..] : string.Empty;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"holder …{NikLast4}");
}

/// <summary>The site's secret for NIK hashes (from configuration, at least 32 characters).</summary>
public sealed class BookingSecret
{
    public const int MinLength = 32;

    private readonly byte[] _key;

    public BookingSecret(string secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinLength)
        {
            throw new ArgumentException($"The booking secret must be at least {MinLength} characters.", nameof(secret));
        }

        _key = Encoding.UTF8.GetBytes(secret);
    }

    public string Hash(string nik) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(nik)));
}
