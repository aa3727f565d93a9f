using System.Collections.Concurrent;
using MppQueue.Core;

namespace MppQueue.Server.Tests.Notices;

/// <summary>Records the delivery reports the endpoints pass on; knows only the message ids it is given.</summary>
public sealed class FakeNoticeReports : INoticeReports
{
    private readonly ConcurrentQueue<(NoticeChannel Channel, string MessageId, bool Delivered, string? Reason)> _reports = new();

    public HashSet<string> Known { get; } = [];

    public IReadOnlyList<(NoticeChannel Channel, string MessageId, bool Delivered, string? Reason)> Reports => [.. _reports];

    public bool ReportDelivery(NoticeChannel channel, string messageId, bool delivered, string? problem)
    {
        _reports.Enqueue((channel, messageId, delivered, problem));
        return Known.Contains(messageId);
    }

    public void Clear() => _reports.Clear();
}
