using System.Collections.Concurrent;
using MppQueue.Core;

namespace MppQueue.Core;

/// <summary>
/// A provider for tests: records every delivery handed to it and answers from a script (then "taken" once the script is
/// used up), or never answers while <see cref="Hang"/> is set (a send cut off by a crash).
/// </summary>
public sealed class RecordingNoticeProvider(NoticeChannel channel) : INoticeProvider
{
    private readonly ConcurrentQueue<NoticeSendResult> _script = new();
    private readonly ConcurrentQueue<NoticeDelivery> _deliveries = new();
    private int _taken;

    public NoticeChannel Channel { get; } = channel;

    public bool IsConfigured { get; set; } = true;

    public bool Hang { get; set; }

    /// <summary>When set, every send fails with this error, permanently (the next channel is tried at once).</summary>
    public string? Refuse { get; set; }

    public IReadOnlyList<NoticeDelivery> Deliveries => [.. _deliveries];

    /// <summary>The deliveries it answered "taken".</summary>
    public int Taken => Volatile.Read(ref _taken);

    public RecordingNoticeProvider Then(params NoticeSendResult[] results)
    {
        foreach (var result in results)
        {
            _script.Enqueue(result);
        }

        return this;
    }

    public async Task<NoticeSendResult> SendAsync(NoticeDelivery delivery, CancellationToken cancel)
    {
        _deliveries.Enqueue(delivery);
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }

        if (Refuse is { } error)
        {
            return NoticeSendResult.Failed(400, error, permanent: true);
        }

        var result = _script.TryDequeue(out var scripted) ? scripted : NoticeSendResult.Taken(200, Channel + "-" + Guid.NewGuid().ToString("N"));
        if (result.Ok)
        {
            Interlocked.Increment(ref _taken);
        }

        return result;
    }
}
