namespace MppQueue.Core;

/// <summary>A service's ticket prefix: one to three capital letters or digits, starting with a letter.</summary>
public static class TicketPrefix
{
    public static bool IsValid(string? value) =>
        value is { Length: >= 1 and <= 3 }
        && char.IsAsciiLetterUpper(value[0])
        && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    public static string Normalize(string? value)
    {
        var upper = value?.Trim().ToUpperInvariant();
        return IsValid(upper) ? upper! : throw new QueueException(QueueError.Invalid("prefix", value ?? string.Empty));
    }
}
