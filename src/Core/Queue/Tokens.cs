using System.Security.Cryptography;

namespace MppQueue.Core;

/// <summary>Random identifiers: ticket page tokens (256 bits) and booking codes a person can type.</summary>
public static class Tokens
{
    // No 0/O, 1/I/L: a booking code is read off a phone and typed by hand.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public const int MaxTokenLength = 64;

    public static string NewTicketToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewId() => Guid.NewGuid().ToString("N");

    public static string NewBookingCode() => RandomNumberGenerator.GetString(CodeAlphabet, 8);

    /// <summary>Whether a string could be a token at all, so garbage never reaches the store.</summary>
    public static bool LooksLikeToken(string? value) =>
        value is { Length: >= 16 and <= MaxTokenLength } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string NormalizeBookingCode(string? value) =>
        new((value ?? string.Empty).Trim().ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').Take(32).ToArray());

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
