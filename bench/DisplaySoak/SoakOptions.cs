using System.Globalization;

namespace MppQueue.Bench.DisplaySoak;

/// <summary>
/// --minutes 30      how long the screen stays open while calls arrive
/// --every 8         seconds between calls (a busy zone: seventeen desks each calling every two to three minutes)
/// --chromium PATH   the browser (Debian's /usr/bin/chromium by default)
/// </summary>
public sealed record SoakOptions(TimeSpan Duration, TimeSpan Every, string Chromium)
{
    public static SoakOptions Parse(string[] args)
    {
        var minutes = 30.0;
        var every = 8.0;
        var chromium = "/usr/bin/chromium";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--minutes":
                    minutes = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--every":
                    every = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--chromium":
                    chromium = args[i + 1];
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. Options: --minutes N, --every SECONDS, --chromium PATH.");
            }
        }

        return new SoakOptions(TimeSpan.FromMinutes(minutes), TimeSpan.FromSeconds(every), chromium);
    }
}
