using Microsoft.Extensions.Logging;

namespace MppQueue.Server.Tests.Support;

/// <summary>One log entry as a console or file logger would write it: the message, then the exception with its stack.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, Exception? Exception)
{
    public int Length => Category.Length + Message.Length + (Exception?.ToString().Length ?? 0);
}
