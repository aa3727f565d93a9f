using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>An agency's notice channel order and a service's notice rules survive closing and reopening the data file.</summary>
public abstract class NoticeSettingsStorageTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("queue.db");

    public void Dispose()
    {
        _folder.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    private SiteCatalog Reopened(Action<ITestStore> write)
    {
        using (var store = Host.Open())
        {
            store.SaveSite(TestData.Site());
            store.SaveZone(TestData.Zone());
            write(store);
        }

        using var reopened = Host.Open();
        return reopened.LoadCatalog()!;
    }

    [Fact]
    public void SaveAgency_ChannelOrderAndNone_ReadBackInTheSameOrderAfterReopen()
    {
        var catalog = Reopened(store =>
        {
            store.SaveAgency(TestData.Agency() with { NoticeChannels = [NoticeChannel.Sms, NoticeChannel.WhatsApp] });
            store.SaveAgency(TestData.Agency("imigrasi") with { NoticeChannels = [] });
            store.SaveAgency(TestData.Agency("samsat"));
        });

        Assert.Equal<NoticeChannel>([NoticeChannel.Sms, NoticeChannel.WhatsApp], catalog.Agencies[TestData.Agency().Id].NoticeChannels.ToArray());
        Assert.Empty(catalog.Agencies["imigrasi"].NoticeChannels);
        Assert.Equal<NoticeChannel>(Agency.DefaultNoticeChannels.ToArray(), catalog.Agencies["samsat"].NoticeChannels.ToArray());
    }

    [Fact]
    public void SaveService_NoticeRules_ReadBackEqualAfterReopen()
    {
        var rules = NoticeRules.Default.With(NoticeKind.Survey, false).With(NoticeKind.BookingReminder, false) with { ComeBackMinutes = 0, ComeBackPlaces = 7 };
        var catalog = Reopened(store =>
        {
            store.SaveAgency(TestData.Agency());
            store.SaveService(TestData.Service("ktp", "A", PriorityPolicy.PriorityFirst) with { Notices = rules });
            store.SaveService(TestData.Service("kk", "SK", PriorityPolicy.PriorityFirst));
        });

        Assert.Equal(rules, catalog.FindService("ktp")!.Notices);
        Assert.False(catalog.FindService("ktp")!.Notices.Survey);
        Assert.Equal(NoticeRules.Default, catalog.FindService("kk")!.Notices);
    }
}

public sealed class NoticeSettingsStorageOnLiteDbTests() : NoticeSettingsStorageTests(new LiteStoreHost());

public sealed class NoticeSettingsStorageOnPostgresTests() : NoticeSettingsStorageTests(new PostgresStoreHost("NoticeSettingsStorage"));
