using Microsoft.AspNetCore.SignalR;

namespace MppQueue.Server.Hubs;

/// <summary>
/// Every hub call passes here. A refusal that is the caller's fault (a <see cref="HubException"/>: an unknown
/// zone, an unknown or malformed ticket token) goes back to the caller with its short message and costs the log
/// one Debug line; a queue hub connection that keeps making them (more than <see cref="MaxRefusals"/> within
/// <see cref="Window"/>) is cut off, with one Warning line. Anything else is a fault of ours: logged once as an
/// error with its stack, and the caller hears only that the call failed.
/// </summary>
/// <remarks>
/// SignalR itself logs every exception out of a hub method as an error with its stack trace (about 1 KB each),
/// so a script repeating a wrong call could fill the disk. That log line is switched off in
/// <see cref="QueueHubServiceCollectionExtensions.AddQueueHub"/>, and this filter writes what is worth keeping.
/// </remarks>
public sealed partial class HubCallGuard(TimeProvider time, ILogger<HubCallGuard> logger) : IHubFilter
{
    /// <summary>Refused calls a queue hub connection may make within <see cref="Window"/>; one more closes it.</summary>
    public const int MaxRefusals = 20;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private static readonly object _refusalsKey = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
        }
        catch (HubException refused)
        {
            LogRefused(logger, invocationContext.HubMethodName, refused.Message);
            if (invocationContext.Hub is QueueHub)
            {
                Count(invocationContext.Context);
            }

            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, invocationContext.HubMethodName, ex);
            throw;
        }
    }

    private void Count(HubCallerContext connection)
    {
        // Calls on one connection run one at a time (SignalR's default), but the lock costs nothing here.
        if (connection.Items.TryGetValue(_refusalsKey, out var kept) is false || kept is not Refusals refusals)
        {
            refusals = new Refusals();
            connection.Items[_refusalsKey] = refusals;
        }

        var now = time.GetUtcNow();
        bool cutOff;
        lock (refusals)
        {
            if (now - refusals.Since >= Window)
            {
                refusals.Since = now;
                refusals.Count = 0;
            }

            refusals.Count++;
            cutOff = refusals.Count > MaxRefusals && !refusals.CutOff;
            refusals.CutOff |= cutOff;
        }

        if (cutOff)
        {
            LogCutOff(logger, connection.ConnectionId, MaxRefusals, Window.TotalSeconds);
            connection.Abort();
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "Hub call {Method} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string reason);

    [LoggerMessage(2, LogLevel.Warning, "Hub connection {ConnectionId} closed: more than {Max} refused calls within {Seconds} s.")]
    private static partial void LogCutOff(ILogger logger, string connectionId, int max, double seconds);

    [LoggerMessage(3, LogLevel.Error, "Hub method {Method} failed.")]
    private static partial void LogFailed(ILogger logger, string method, Exception exception);

    private sealed class Refusals
    {
        public DateTimeOffset Since { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }

        public bool CutOff { get; set; }
    }
}
