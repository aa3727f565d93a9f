namespace MppQueue.Core;

/// <summary>
/// The spoken call of DOMAIN.md: a chime, then "Nomor antrian A dua belas, silakan menuju loket tiga."
/// <see cref="Clips"/> lists the sound clips to play in order; <see cref="Sentence"/> is the same call as text.
/// </summary>
public sealed record CallAnnouncement(IReadOnlyList<string> Clips, string Sentence)
{
    public const string Chime = "chime";
    public const string Opening = "nomor-antrian";
    public const string ToDesk = "silakan-menuju-loket";

    public static CallAnnouncement For(TicketNumber number, int deskNumber, NumberReading reading = NumberReading.WholeNumber)
    {
        var ticketWords = IndonesianReading.TicketWords(number, reading);
        var deskWords = IndonesianReading.NumberWords(deskNumber);
        var sentence = $"Nomor antrian {string.Join(' ', ticketWords.Select(Spoken))}, silakan menuju loket {string.Join(' ', deskWords)}.";
        sentence = char.ToUpperInvariant(sentence[0]) + sentence[1..];
        var clips = new List<string> { Chime, Opening };
        clips.AddRange(ticketWords.Select((w, i) => i < number.Prefix.Length && !char.IsAsciiDigit(number.Prefix[i]) ? "huruf-" + w : w));
        clips.Add(ToDesk);
        clips.AddRange(deskWords);
        return new CallAnnouncement(clips, sentence);
    }

    // A single-letter word "a", "e", "i", "o", "u" is written in capitals in the sentence so that it reads as a letter.
    private static string Spoken(string word) => word.Length == 1 ? word.ToUpperInvariant() : word;
}
