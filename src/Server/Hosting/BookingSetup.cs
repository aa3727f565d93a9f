using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Storage;
using MppQueue.Storage.Postgres;

namespace MppQueue.Server.Hosting;

/// <summary>The "MppQueue:Booking" section: the NIK secret and how long a holder's personal fields are kept.</summary>
public sealed class BookingOptions
{
    public const string Section = "MppQueue:Booking";

    /// <summary>
    /// The secret of the NIK hashes (at least 32 characters). Unset, one is made on first start and kept in
    /// "booking-secret" beside the data file (on PostgreSQL: in the database, shared by every node); keep that file
    /// with the backups, or the one-booking-per-person rule no longer recognises a person's earlier bookings.
    /// </summary>
    public string? NikSecret { get; set; }

    /// <summary>Days after a booking's day when its phone number and NIK digits are deleted.</summary>
    public int KeepPersonalDays { get; set; } = 30;

    /// <summary>How often expired bookings are released and old personal fields deleted.</summary>
    public int SweepSeconds { get; set; } = 60;
}

public static class BookingSetup
{
    private const string SecretFile = "booking-secret";

    /// <summary>The NIK secret's name among the installation's secrets in the PostgreSQL database.</summary>
    public const string SecretName = "booking-nik";

    public static IServiceCollection AddBookings(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        services.AddOptions<BookingOptions>()
            .Bind(configuration.GetSection(BookingOptions.Section))
            .Check(o => o.NikSecret is { Length: > 0 and < BookingSecret.MinLength } ? $"{BookingOptions.Section}:NikSecret must be at least {BookingSecret.MinLength} characters." : null)
            .InRange(BookingOptions.Section + ":" + nameof(BookingOptions.KeepPersonalDays), o => o.KeepPersonalDays, 1, 3650)
            .InRange(BookingOptions.Section + ":" + nameof(BookingOptions.SweepSeconds), o => o.SweepSeconds, 5, 3600)
            .ValidateOnStart();
        services.AddSingleton(provider => new BookingSecret(
            provider.GetRequiredService<IOptions<BookingOptions>>().Value.NikSecret is { Length: > 0 } configured ? configured
            : provider.GetService<PostgresSharedKeys>() is { } shared ? shared.Secret(SecretName, () => SecretToShare(dataPath))
            : SecretBeside(dataPath)));
        // Once per site: on the node holding the leader lease (every node, on one process).
        services.AddHostedService<LeaderOnly<BookingHousekeeping>>();
        return services;
    }

    /// <summary>
    /// On PostgreSQL, the first node to start stores the secret in the database for every node: the one this node kept
    /// beside its data file before (so that earlier bookings' hashes still match), else a new one.
    /// </summary>
    public static string SecretToShare(string dataPath)
    {
        var folder = Path.GetDirectoryName(dataPath);
        var path = dataPath == LiteQueueStore.InMemory || string.IsNullOrEmpty(folder) ? null : Path.Combine(folder, SecretFile);
        return path is not null && File.Exists(path) ? File.ReadAllText(path).Trim() : Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
    }

    /// <summary>The secret kept beside the data file, made once (readable by the service account only).</summary>
    public static string SecretBeside(string dataPath)
    {
        var folder = Path.GetDirectoryName(dataPath);
        if (dataPath == LiteQueueStore.InMemory || string.IsNullOrEmpty(folder))
        {
            return Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, SecretFile);
        if (!File.Exists(path))
        {
            var made = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, made);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temporary, path, overwrite: false);
        }

        return File.ReadAllText(path).Trim();
    }
}

/// <summary>
/// Releases the places of bookings whose check-in window has closed, and deletes the holders' phone numbers and
/// NIK digits once their days are <see cref="BookingOptions.KeepPersonalDays"/> behind, on the site's clock.
/// </summary>
public sealed class BookingHousekeeping(QueueEngine engine, TimeProvider time, IOptions<BookingOptions> options, ILogger<BookingHousekeeping> logger) : BackgroundService
{
    // The day from which holders are kept, as of the last erase that succeeded.
    private DateOnly? _erasedBefore;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepSeconds), time);
        do
        {
            Sweep();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Sweep()
    {
        try
        {
            var expired = engine.ExpireBookings();

            // Nobody books a day gone by, so once a day's holders are deleted nothing new falls due until the day moves:
            // one erase per day (and after a start), not a write every beat.
            var keepFrom = engine.Today.AddDays(-options.Value.KeepPersonalDays);
            var erased = 0;
            if (keepFrom != _erasedBefore)
            {
                erased = engine.EraseBookingHolders(keepFrom);
                _erasedBefore = keepFrom;
            }

            if (expired + erased > 0)
            {
                logger.LogInformation("Bookings: {Expired} expired, personal fields deleted from {Erased}.", expired, erased);
            }
        }
#pragma warning disable CA1031 // The store may be failing for a moment; the next beat tries again.
        catch (Exception ex)
        {
            logger.LogError(ex, "The booking sweep failed; it runs again on the next beat.");
        }
#pragma warning restore CA1031
    }
}
