namespace MppQueue.Core.Tests;

public class IndonesianReadingTests
{
    [Theory]
    [InlineData(0, "nol")]
    [InlineData(1, "satu")]
    [InlineData(9, "sembilan")]
    [InlineData(10, "sepuluh")]
    [InlineData(11, "sebelas")]
    [InlineData(12, "dua belas")]
    [InlineData(19, "sembilan belas")]
    [InlineData(20, "dua puluh")]
    [InlineData(21, "dua puluh satu")]
    [InlineData(99, "sembilan puluh sembilan")]
    [InlineData(100, "seratus")]
    [InlineData(101, "seratus satu")]
    [InlineData(110, "seratus sepuluh")]
    [InlineData(111, "seratus sebelas")]
    [InlineData(200, "dua ratus")]
    [InlineData(345, "tiga ratus empat puluh lima")]
    [InlineData(1000, "seribu")]
    [InlineData(1001, "seribu satu")]
    [InlineData(1100, "seribu seratus")]
    [InlineData(1111, "seribu seratus sebelas")]
    [InlineData(2000, "dua ribu")]
    [InlineData(2019, "dua ribu sembilan belas")]
    [InlineData(9999, "sembilan ribu sembilan ratus sembilan puluh sembilan")]
    public void NumberWords_KnownNumbers_ReadTheIndonesianWay(int number, string expected)
    {
        Assert.Equal(expected, string.Join(' ', IndonesianReading.NumberWords(number)));
    }

    [Fact]
    public void NumberWords_Every0To9999_ReadsBackToTheSameNumberAndUsesOnlyKnownClips()
    {
        var known = IndonesianReading.AllNumberWords.ToHashSet();
        for (var n = 0; n <= 9999; n++)
        {
            var words = IndonesianReading.NumberWords(n);
            Assert.All(words, w => Assert.Contains(w, known));
            Assert.Equal(n, ReadBack(words));
        }
    }

    [Theory]
    [InlineData('A', "a")]
    [InlineData('B', "be")]
    [InlineData('C', "ce")]
    [InlineData('D', "de")]
    [InlineData('E', "e")]
    [InlineData('F', "ef")]
    [InlineData('G', "ge")]
    [InlineData('H', "ha")]
    [InlineData('I', "i")]
    [InlineData('J', "je")]
    [InlineData('K', "ka")]
    [InlineData('L', "el")]
    [InlineData('M', "em")]
    [InlineData('N', "en")]
    [InlineData('O', "o")]
    [InlineData('P', "pe")]
    [InlineData('Q', "ki")]
    [InlineData('R', "er")]
    [InlineData('S', "es")]
    [InlineData('T', "te")]
    [InlineData('U', "u")]
    [InlineData('V', "ve")]
    [InlineData('W', "we")]
    [InlineData('X', "eks")]
    [InlineData('Y', "ye")]
    [InlineData('Z', "zet")]
    public void CharacterWord_EveryLetter_HasItsIndonesianName(char letter, string name)
    {
        Assert.Equal(name, IndonesianReading.CharacterWord(letter));
    }

    [Theory]
    [InlineData("A", 12, 3, "Nomor antrian A dua belas, silakan menuju loket tiga.")]
    [InlineData("A", 1, 3, "Nomor antrian A satu, silakan menuju loket tiga.")]
    [InlineData("SK", 12, 14, "Nomor antrian es ka dua belas, silakan menuju loket empat belas.")]
    [InlineData("B", 105, 21, "Nomor antrian be seratus lima, silakan menuju loket dua puluh satu.")]
    [InlineData("P2", 1000, 10, "Nomor antrian pe dua seribu, silakan menuju loket sepuluh.")]
    public void Sentence_WholeNumber_ReadsAsDomainSays(string prefix, int sequence, int desk, string expected)
    {
        Assert.Equal(expected, CallAnnouncement.For(new TicketNumber(prefix, sequence), desk).Sentence);
    }

    [Fact]
    public void Sentence_DigitByDigit_ReadsEachDigit()
    {
        var call = CallAnnouncement.For(new TicketNumber("A", 12), 3, NumberReading.DigitByDigit);

        Assert.Equal("Nomor antrian A nol satu dua, silakan menuju loket tiga.", call.Sentence);
    }

    [Fact]
    public void Clips_StartWithTheChimeAndNameLettersApart()
    {
        var call = CallAnnouncement.For(new TicketNumber("SK", 12), 3);

        Assert.Equal(["chime", "nomor-antrian", "huruf-es", "huruf-ka", "dua", "belas", "silakan-menuju-loket", "tiga"], call.Clips);
    }

    // An independent reader of the words, to check the writer on every number.
    private static int ReadBack(IReadOnlyList<string> words)
    {
        var units = new[] { "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan" };
        int total = 0, pending = 0;
        foreach (var w in words)
        {
            switch (w)
            {
                case "seribu": total += 1000; break;
                case "seratus": total += 100; break;
                case "sepuluh": total += 10; break;
                case "sebelas": total += 11; break;
                case "ribu": total += pending * 1000; pending = 0; break;
                case "ratus": total += pending * 100; pending = 0; break;
                case "puluh": total += pending * 10; pending = 0; break;
                case "belas": total += pending + 10; pending = 0; break;
                default: pending = Array.IndexOf(units, w); break;
            }
        }

        return total + pending;
    }
}
