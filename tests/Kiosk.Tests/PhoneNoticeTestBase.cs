using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;

namespace MppQueue.Kiosk.Tests;

/// <summary>
/// Component tests with the real <see cref="NoticeService"/> in the container, on the same engine and journal and a
/// notice store of its own in memory; its providers say they are configured but are never asked to send (the loop
/// that sends does not run here).
/// </summary>
public abstract class PhoneNoticeTestBase : ComponentTestBase
{
    private NoticesForTests? _notices;

    protected PhoneNoticeTestBase() => Services.AddKiosk();

    protected NoticeService Notices => _notices?.Service ?? throw new InvalidOperationException("Call UseNotices first.");

    /// <summary>Sets the notices up with providers for <paramref name="channels"/> (WhatsApp unless told otherwise).</summary>
    protected NoticeService UseNotices(params NoticeChannel[] channels)
    {
        _notices = new NoticesForTests(Engine, Store, Time, channels.Length == 0 ? [NoticeChannel.WhatsApp] : channels);
        Services.AddSingleton(_notices.Service);
        return _notices.Service;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _notices?.Dispose();
        }
    }
}
