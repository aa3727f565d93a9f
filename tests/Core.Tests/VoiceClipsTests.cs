using System.Text;
using System.Text.Json;

namespace MppQueue.Core.Tests;

/// <summary>
/// The committed sound clips of the spoken call (src/Display/wwwroot/audio/id, made by tools/voice/make-clips.sh)
/// cover every clip Core's <see cref="CallAnnouncement"/> can name.
/// </summary>
public class VoiceClipsTests
{
    private static readonly string _clipFolder = Path.Combine(FindRepositoryRoot(), "src", "Display", "wwwroot", "audio", "id");

    /// <summary>Every clip a call can name: the fixed clips, the number words and "huruf-" plus each letter name.</summary>
    private static readonly SortedSet<string> _allClipNames = new(
        new[] { CallAnnouncement.Chime, CallAnnouncement.Opening, CallAnnouncement.ToDesk }
            .Concat(IndonesianReading.AllNumberWords)
            .Concat(IndonesianReading.LetterNames.Values.Select(name => "huruf-" + name)),
        StringComparer.Ordinal);

    [Fact]
    public void ClipFiles_EveryClipCoreCanName_ExistAndAreNotEmpty()
    {
        var missing = _allClipNames.Where(name => !ClipExists(name)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void AllClipNames_EveryNumberAndDesk_CoverTheClipsOfTheReading()
    {
        // The set the other tests check really is every clip a number 0..9999 or a desk 1..999 can be read with.
        var words = Enumerable.Range(0, 10000).SelectMany(IndonesianReading.NumberWords).ToHashSet(StringComparer.Ordinal);
        var digits = "0123456789".Select(IndonesianReading.CharacterWord);

        Assert.Subset(_allClipNames, words.Concat(digits).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void CallClips_EveryPrefixLetterAndSampleNumbers_AllExist()
    {
        int[] sequences = [1, 9, 10, 11, 12, 19, 20, 21, 99, 100, 101, 110, 111, 345, 999, 1000, 1001, 2019, 9999];
        int[] desks = [1, 3, 10, 11, 12, 25, 100, 999];
        var prefixes = Enumerable.Range('A', 26).Select(c => ((char)c).ToString())
            .Concat(["SK", "A1", "B2C", "XYZ", "Q09"]);

        var clips = new HashSet<string>(StringComparer.Ordinal);
        foreach (var prefix in prefixes)
        {
            for (var i = 0; i < sequences.Length; i++)
            {
                foreach (var reading in Enum.GetValues<NumberReading>())
                {
                    clips.UnionWith(CallAnnouncement.For(new TicketNumber(prefix, sequences[i]), desks[i % desks.Length], reading).Clips);
                }
            }
        }

        Assert.Subset(_allClipNames, clips);
        Assert.DoesNotContain(clips, name => !ClipExists(name));
    }

    [Fact]
    public void CallClips_SK012ToDeskThree_AreTheDocumentedSequence()
    {
        var clips = CallAnnouncement.For(new TicketNumber("SK", 12), 3).Clips;

        Assert.Equal(["chime", "nomor-antrian", "huruf-es", "huruf-ka", "dua", "belas", "silakan-menuju-loket", "tiga"], clips);
        Assert.All(clips, name => Assert.True(ClipExists(name), name));
    }

    [Fact]
    public void ClipsJson_ListsExactlyTheClipsCoreCanName_Sorted()
    {
        var json = File.ReadAllText(Path.Combine(_clipFolder, "clips.json"));

        var listed = JsonSerializer.Deserialize<string[]>(json);

        Assert.NotNull(listed);
        Assert.Equal(_allClipNames.ToArray(), listed);
    }

    [Fact]
    public void ClipFiles_EveryOggFile_StartsWithTheOggMagic()
    {
        var files = Directory.GetFiles(_clipFolder, "*.ogg");
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var head = new byte[4];
            using (var stream = File.OpenRead(file))
            {
                stream.ReadExactly(head);
            }

            Assert.True(Encoding.ASCII.GetString(head) == "OggS", $"{Path.GetFileName(file)} is not an Ogg file");
        }
    }

    [Fact]
    public void ClipFolder_HoldsNoOggFileCoreCannotName()
    {
        var extra = Directory.GetFiles(_clipFolder, "*.ogg")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !_allClipNames.Contains(name!))
            .ToList();

        Assert.Empty(extra);
    }

    private static bool ClipExists(string name)
    {
        var file = new FileInfo(Path.Combine(_clipFolder, name + ".ogg"));
        return file.Exists && file.Length > 0;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MppQueue.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MppQueue.sln not found above " + AppContext.BaseDirectory);
    }
}
