using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace MppQueue.Bench.LiveViewers;

/// <summary>
/// The child process: N viewers of /live/events, each its own HTTP/1.1 connection reading the stream as an
/// EventSource does. A viewer notes the moment each event's "id:" line arrives (Stopwatch timestamps are
/// CLOCK_MONOTONIC on Linux, comparable with the parent's). It prints "READY" once every viewer has its first event,
/// and when the parent closes stdin writes one line per viewer ("id ts id ts …") to the results file.
/// </summary>
public static class ViewerClients
{
    public static async Task<int> RunAsync(Uri address, int count, string resultsFile)
    {
        ArgumentNullException.ThrowIfNull(address);
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var stop = new CancellationTokenSource();
        var viewers = Enumerable.Range(0, count).Select(_ => new Viewer()).ToArray();
        var reading = new List<Task>(count);

        // Small batches: two thousand connections at once would only measure the connect storm.
        foreach (var batch in viewers.Chunk(50))
        {
            foreach (var viewer in batch)
            {
                reading.Add(viewer.RunAsync(client, new Uri(address, "live/events"), stop.Token));
            }

            await Task.WhenAll(batch.Select(v => v.FirstEvent));
        }

        Console.WriteLine("READY");
        await Console.In.ReadToEndAsync();
        await stop.CancelAsync();
        await Task.WhenAll(reading);

        var text = new StringBuilder();
        foreach (var viewer in viewers)
        {
            text.AppendLine(string.Join(' ', viewer.Heard.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Id} {h.At}"))));
        }

        await File.WriteAllTextAsync(resultsFile, text.ToString());
        return 0;
    }

    private sealed class Viewer
    {
        private static readonly byte[] _idPrefix = "id: "u8.ToArray();
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<(long Id, long At)> Heard { get; } = new(128);

        public Task FirstEvent => _first.Task;

        public async Task RunAsync(HttpClient client, Uri events, CancellationToken stop)
        {
            try
            {
                using var response = await client.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, stop);
                response.EnsureSuccessStatusCode();
                await using var stream = await response.Content.ReadAsStreamAsync(stop);
                var buffer = new byte[16 * 1024];
                var lineStart = true;
                var matched = 0;
                long id = -1;
                int read;
                while ((read = await stream.ReadAsync(buffer, stop)) > 0)
                {
                    // Scan the bytes for "id: N\n" at the start of a line, across reads (no strings, no JSON).
                    for (var i = 0; i < read; i++)
                    {
                        var b = buffer[i];
                        if (id >= 0)
                        {
                            if (b is >= (byte)'0' and <= (byte)'9')
                            {
                                id = (id * 10) + (b - '0');
                                continue;
                            }

                            Heard.Add((id, Stopwatch.GetTimestamp()));
                            _first.TrySetResult();
                            id = -1;
                        }

                        if (lineStart && matched < _idPrefix.Length && b == _idPrefix[matched])
                        {
                            matched++;
                            if (matched == _idPrefix.Length)
                            {
                                id = 0;
                                matched = 0;
                                lineStart = false;
                            }

                            continue;
                        }

                        matched = 0;
                        lineStart = b == '\n';
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The run is over.
            }
            catch (HttpRequestException ex)
            {
                _first.TrySetException(ex);
            }
        }
    }
}
