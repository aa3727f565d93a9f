using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Server.Notices;

/// <summary>One request of a messaging provider with its own time limit: the status and a short answer, or why there was none.</summary>
internal static class MessagingHttp
{
    /// <summary>Answers longer than this are not read whole (an id or an error fits easily).</summary>
    private const int MaxAnswer = 64 * 1024;

    public static async Task<(int? Status, string? Body, string? Error)> ExchangeAsync(HttpClient http, HttpRequestMessage request, double timeoutSeconds, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            var body = response.Content.Headers.ContentLength is > MaxAnswer ? null : await response.Content.ReadAsStringAsync(timeout.Token);
            return (status, body is { Length: > MaxAnswer } ? null : body, null);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return (null, null, string.Create(CultureInfo.InvariantCulture, $"No answer within {timeoutSeconds:0.#} s."));
        }
        catch (HttpRequestException failed)
        {
            return (null, null, OutboundHttp.Describe(failed));
        }
    }

    /// <summary>A line for the administration: at most 300 characters, on one line.</summary>
    public static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : line[..297] + "...";
    }
}
