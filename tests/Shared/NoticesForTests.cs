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
        Providers = [.. Enum.GetValues<NoticeChannel>().Select(c => new RecordingNoticeProvider(c) { IsConfigured = configured.Contains(c) })];
        Service = new NoticeService(Store, journal, engine, Providers, new NoticeOptions(), time, NullLogger<NoticeService>.Instance);
    }

    public LiteNoticeStore Store { get; }

    public NoticeService Service { get; }

    public IReadOnlyList<RecordingNoticeProvider> Providers { get; }

    public RecordingNoticeProvider Provider(NoticeChannel channel) => Providers.Single(p => p.Channel == channel);

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
