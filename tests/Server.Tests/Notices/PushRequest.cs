namespace MppQueue.Server.Tests.Notices;

/// <summary>One request a <see cref="PushReceiver"/> took: its headers (names without regard to case) and encrypted body.</summary>
public sealed record PushRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);
