namespace MppQueue.Core;

/// <summary>
/// The reading rules of a call: Indonesian number words (0 to 9999) and the Indonesian names of letters.
/// Each word is also the name of a sound clip, so a call can be played from recorded words offline.
/// </summary>
public static class IndonesianReading
{
    private static readonly string[] _units = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    private static readonly Dictionary<char, string> _letters = new()
    {
        ['A'] = "a", ['B'] = "be", ['C'] = "ce", ['D'] = "de", ['E'] = "e", ['F'] = "ef", ['G'] = "ge",
        ['H'] = "ha", ['I'] = "i", ['J'] = "je", ['K'] = "ka", ['L'] = "el", ['M'] = "em", ['N'] = "en",
        ['O'] = "o", ['P'] = "pe", ['Q'] = "ki", ['R'] = "er", ['S'] = "es", ['T'] = "te", ['U'] = "u",
        ['V'] = "ve", ['W'] = "we", ['X'] = "eks", ['Y'] = "ye", ['Z'] = "zet",
    };

    /// <summary>Every word a call can contain, for making the clips.</summary>
    public static IReadOnlyList<string> AllNumberWords { get; } =
        [.. _units, "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu"];

    public static IReadOnlyDictionary<char, string> LetterNames => _letters;

    /// <summary>The words of a number from 0 to 9999: 12 is "dua belas", 101 "seratus satu", 1000 "seribu".</summary>
    public static IReadOnlyList<string> NumberWords(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        if (number == 0)
        {
            return ["nol"];
        }

        var words = new List<string>();
        var thousands = number / 1000;
        var hundreds = number / 100 % 10;
        var rest = number % 100;
        if (thousands > 0)
        {
            words.AddRange(thousands == 1 ? ["seribu"] : [_units[thousands], "ribu"]);
        }

        if (hundreds > 0)
        {
            words.AddRange(hundreds == 1 ? ["seratus"] : [_units[hundreds], "ratus"]);
        }

        words.AddRange(rest switch
        {
            0 => [],
            < 10 => [_units[rest]],
            10 => ["sepuluh"],
            11 => ["sebelas"],
            < 20 => [_units[rest % 10], "belas"],
            _ when rest % 10 == 0 => [_units[rest / 10], "puluh"],
            _ => [_units[rest / 10], "puluh", _units[rest % 10]],
        });
        return words;
    }

    /// <summary>The Indonesian name of a letter, or the word of a digit.</summary>
    public static string CharacterWord(char c) =>
        char.IsAsciiDigit(c) ? _units[c - '0']
        : _letters.TryGetValue(char.ToUpperInvariant(c), out var name) ? name
        : throw new ArgumentOutOfRangeException(nameof(c), c, "Only A-Z and 0-9 are read.");

    /// <summary>The words of a ticket number: the prefix letter by letter, then the sequence.</summary>
    public static IReadOnlyList<string> TicketWords(TicketNumber number, NumberReading reading)
    {
        var words = number.Prefix.Select(CharacterWord).ToList();
        if (reading == NumberReading.DigitByDigit)
        {
            words.AddRange(number.ToString()[number.Prefix.Length..].Select(CharacterWord));
        }
        else
        {
            words.AddRange(NumberWords(number.Sequence));
        }

        return words;
    }
}
