namespace MppQueue.Server.Hubs;

/// <summary>The answer to joining a zone: its name and today's last calls, newest first, so a screen that (re)connects can show them at once.</summary>
public sealed record ZoneMessage(string ZoneId, string Name, IReadOnlyList<CallMessage> RecentCalls);
