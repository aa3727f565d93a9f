using System.Text;

namespace MppQueue.Display.Live;

/// <summary>
/// One moment of the live feed: the building's event-stream bytes in each language, made once and written as they
/// are to every viewer, and the task that completes with the next frame. A heartbeat is a frame with the same
/// <see cref="Version"/> as the one before: a viewer that has the version writes only a comment line.
/// </summary>
public sealed class LiveFrame
{
    private readonly TaskCompletionSource<LiveFrame> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveFrame(long version, ReadOnlyMemory<byte> indonesian, ReadOnlyMemory<byte> english, LiveMessage indonesianMessage)
    {
        Version = version;
        Indonesian = indonesian;
        English = english;
        IndonesianMessage = indonesianMessage;
    }

    /// <summary>"retry: 3000": an EventSource that loses the stream tries again after three seconds.</summary>
    public static ReadOnlyMemory<byte> Retry { get; } = Encoding.UTF8.GetBytes("retry: 3000\n\n");

    /// <summary>
    /// A "beat" event: keeps proxies from closing a quiet stream and tells the page's watchdog that the server is
    /// still heard (an EventSource hands a page no comment lines, so it is an event with one character of data).
    /// </summary>
    public static ReadOnlyMemory<byte> Beat { get; } = Encoding.UTF8.GetBytes("event: beat\ndata: 1\n\n");

    /// <summary>Grows by one each time what the building shows changes.</summary>
    public long Version { get; }

    public ReadOnlyMemory<byte> Indonesian { get; }

    public ReadOnlyMemory<byte> English { get; }

    /// <summary>The message behind <see cref="Indonesian"/> (for tests and the benchmark's figures).</summary>
    public LiveMessage IndonesianMessage { get; }

    /// <summary>Completes when the feed publishes the frame after this one.</summary>
    public Task<LiveFrame> Next => _next.Task;

    public ReadOnlyMemory<byte> For(bool english) => english ? English : Indonesian;

    /// <summary>The same content as a heartbeat frame.</summary>
    internal LiveFrame AsBeat() => new(Version, Indonesian, English, IndonesianMessage);

    internal void Follow(LiveFrame next) => _next.TrySetResult(next);

    internal void End() => _next.TrySetCanceled();
}
