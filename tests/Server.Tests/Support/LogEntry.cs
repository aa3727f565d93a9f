using Microsoft.Extensions.Logging;

namespace MppQueue.Server.Tests.Support;

/// <summary>One entry that <see cref="LogCapture"/> kept.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
