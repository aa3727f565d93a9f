namespace MppQueue.Core;

/// <summary>
/// The short, clean echo of a value someone sent that was refused: a refused value may be huge or hostile, so a
/// message quotes only its first 40 characters, without control characters, and marks a cut with "…".
/// </summary>
public static class Printable
{
    public const int MaxLength = 40;

    /// <summary>The value as a message may quote it; an empty string for null.</summary>
    public static string Echo(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var plain = new string(value.Where(c => !char.IsControl(c)).Take(MaxLength).ToArray());
        return value.Length > MaxLength ? plain + "…" : plain;
    }
}
