using System.Globalization;

namespace MppQueue.Bench.LivePages;

/// <summary>
/// --server NAME=FOLDER   a source folder whose src/Server is published and measured (repeat: one side each, in order)
/// --walls 10             zone wall screens (1920x1080), spread over the zones
/// --consoles 30          counter consoles (1920x1080), one officer signed in at each desk (at most one per desk)
/// --kiosks 6             kiosk start pages (1080x1920), each a registered kiosk
/// --phones 100           visitors' ticket pages (390x844), one per ticket issued before the moves
/// --moves 300            moves made through the pages and the kiosk API, one after another, measured
/// --warm-up 20           moves made first and not measured, at least (the server compiles its paths)
/// --warm-up-max 300      at most this many warm-up moves: after --warm-up, batches of ten until the runtime's
///                        compiling takes under 3 % of the server's CPU (equal to --warm-up: a fixed warm-up)
/// --idle-seconds 20      how long the idle CPU is measured with every page open and no moves
/// --timeout-seconds 15   how long a move may take to show before it counts as missed
/// --pace 0               at least this many seconds from one measured move's start to the next (0: as fast as the
///                        pages show them), so that both sides spend the same time per move and the open pages'
///                        periodic work weighs the same in both sides' CPU per move; a move that takes longer is counted
/// --chromium PATH        the browser (Debian's /usr/bin/chromium by default)
/// --published NAME=FOLDER  an already published server for NAME (skips its publish; the folder is kept)
/// --env NAME:KEY=VALUE   an environment variable for NAME's server only (repeatable), e.g. a runtime setting
///                        (--env b:DOTNET_gcServer=0) to compare two settings of one build side by side
/// </summary>
public sealed record LiveOptions(
    IReadOnlyList<(string Name, string Folder)> Servers,
    IReadOnlyDictionary<string, string> Published,
    IReadOnlyList<(string Name, string Key, string Value)> Environment,
    int Walls,
    int Consoles,
    int Kiosks,
    int Phones,
    int Moves,
    int WarmUp,
    int WarmUpMax,
    TimeSpan Idle,
    TimeSpan MoveTimeout,
    string Chromium,
    TimeSpan Pace)
{
    public const string Usage =
        "Options: --server NAME=FOLDER (repeatable), --walls N, --consoles N, --kiosks N, --phones N, --moves N, --warm-up N, --warm-up-max N, "
        + "--idle-seconds N, --timeout-seconds N, --pace SECONDS, --chromium PATH, --published NAME=FOLDER, --env NAME:KEY=VALUE";

    public static LiveOptions Parse(string[] args)
    {
        var servers = new List<(string, string)>();
        var published = new Dictionary<string, string>(StringComparer.Ordinal);
        var environment = new List<(string, string, string)>();
        int walls = 10, consoles = 30, kiosks = 6, phones = 100, moves = 300, warmUp = 20, warmUpMax = 300;
        double idle = 20, timeout = 15, pace = 0;
        var chromium = "/usr/bin/chromium";
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            }

            var value = args[i + 1];
            switch (args[i])
            {
                case "--server":
                    servers.Add(Pair(value));
                    break;
                case "--published":
                    var (name, folder) = Pair(value);
                    published[name] = folder;
                    break;
                case "--env":
                    var (side, setting) = Pair(value, ':');
                    var (key, text) = Pair(setting);
                    environment.Add((side, key, text));
                    break;
                case "--walls":
                    walls = Count(value);
                    break;
                case "--consoles":
                    consoles = Count(value);
                    break;
                case "--kiosks":
                    kiosks = Count(value);
                    break;
                case "--phones":
                    phones = Count(value);
                    break;
                case "--moves":
                    moves = Count(value);
                    break;
                case "--warm-up-max":
                    warmUpMax = Count(value);
                    break;
                case "--warm-up":
                    warmUp = Count(value);
                    break;
                case "--idle-seconds":
                    idle = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--timeout-seconds":
                    timeout = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--pace":
                    pace = double.Parse(value, CultureInfo.InvariantCulture) is var seconds and >= 0 ? seconds : throw new ArgumentException("A pace cannot be negative.");
                    break;
                case "--chromium":
                    chromium = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. {Usage}");
            }
        }

        if (servers.Count == 0)
        {
            servers.Add(("this", "."));
        }

        return new LiveOptions(servers, published, environment, walls, consoles, kiosks, phones, moves, warmUp, warmUpMax, TimeSpan.FromSeconds(idle), TimeSpan.FromSeconds(timeout), chromium, TimeSpan.FromSeconds(pace));

        static (string, string) Pair(string text, char separator = '=')
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            return at > 0 ? (text[..at], text[(at + 1)..]) : throw new ArgumentException($"Expected NAME{separator}…, got '{text}'. {Usage}");
        }

        static int Count(string text) => int.Parse(text, CultureInfo.InvariantCulture) is var n and >= 0 ? n : throw new ArgumentException("A count cannot be negative.");
    }
}
