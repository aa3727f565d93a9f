using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.Kiosk.Tests;

/// <summary>
/// Component tests with the real <see cref="NoticeService"/> in the container, on the same engine and journal and a
/// notice store of its own in memory; its providers say they are configured but are never asked to send (the loop
/// that sends does not run here).
/// </summary>
public abstract class PhoneNoticeTestBase : ComponentTestBase
{
    private readonly LiteFile _noticeFile = new(LiteFile.InMemory);
    private NoticeService? _notices;

    protected PhoneNoticeTestBase() => Services.AddKiosk();

    protected NoticeService Notices => _notices ?? throw new InvalidOperationException("Call UseNotices first.");

    /// <summary>Sets the notices up with providers for <paramref name="channels"/> (WhatsApp unless told otherwise).</summary>
    protected NoticeService UseNotices(params NoticeChannel[] channels)
    {
        IReadOnlyList<NoticeChannel> configured = channels.Length == 0 ? [NoticeChannel.WhatsApp] : channels;
        _notices = new NoticeService(
            new LiteNoticeStore(_noticeFile),
            Store,
            Engine,
            [.. configured.Select(c => new RecordingNoticeProvider(c))],
            new NoticeOptions(),
            Time,
            NullLogger<NoticeService>.Instance);
        Services.AddSingleton(_notices);
        return _notices;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _notices?.Dispose();
            _noticeFile.Dispose();
        }
    }
}
