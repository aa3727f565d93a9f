using MppQueue.Core;

namespace MppQueue.Storage.Tests.Contract;

/// <summary>Every port a store implements, in one handle, so that one contract test runs against either store.</summary>
public interface ITestStore : IQueueStore, IHistoryStore, IJournalStore, ISurveyStore, IDeviceStore, IReportStore, IStaffStore,
    ISiteLogoStore, IApiClientStore, IWebhookStore, IComplaintStore, INoticeStore, IDisposable
{
}
