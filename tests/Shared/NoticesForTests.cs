using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.ComponentTesting;

/// <summary>
/// The real notice service for component tests: its own in-memory LiteDB file for the notices (the journal it follows
/// is the test's store), and providers that take every message unless a test says otherwise.
/// </summary>
public sealed class NoticesForTests : IDisposable
{
    private readonly LiteFile _file = new(LiteFile.InMemory);

    public NoticesForTests(QueueEngine engine, IJournalStore journal, TimeProvider time, params NoticeChannel[] configured)
    {
        Store = new LiteNoticeStore(_file);
        Providers = [.. Enum.GetValues<NoticeChannel>().Select(c => new FakeNoticeProvider(c, configured.Contains(c)))];
        Service = new NoticeService(Store, journal, engine, Providers, new NoticeOptions(), time, NullLogger<NoticeService>.Instance);
    }

    public LiteNoticeStore Store { get; }

    public NoticeService Service { get; }

    public IReadOnlyList<FakeNoticeProvider> Providers { get; }

    public FakeNoticeProvider Provider(NoticeChannel channel) => Providers.Single(p => p.Channel == channel);

    /// <summary>Decides from the journal and sends what is due, as the server's loop does on its beat.</summary>
    public async Task RunOnceAsync()
    {
        Service.DecideFromJournal();
        await Service.SendDueAsync();
    }

    public void Dispose()
    {
        Service.Dispose();
        _file.Dispose();
    }
}

/// <summary>A provider that takes every message (or refuses each one for good, when a test says so).</summary>
public sealed class FakeNoticeProvider(NoticeChannel channel, bool configured) : INoticeProvider
{
    private int _sent;

    public NoticeChannel Channel => channel;

    public bool IsConfigured => configured;

    /// <summary>When set, every send fails with this error, permanently (the next channel is tried at once).</summary>
    public string? Refuse { get; set; }

    public int Sent => _sent;

    public Task<NoticeSendResult> SendAsync(NoticeDelivery delivery, CancellationToken cancel)
    {
        if (Refuse is { } error)
        {
            return Task.FromResult(NoticeSendResult.Failed(400, error, permanent: true));
        }

        var n = Interlocked.Increment(ref _sent);
        return Task.FromResult(NoticeSendResult.Taken(200, channel + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
