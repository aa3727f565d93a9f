namespace MppQueue.Core;

/// <summary>
/// One request a <see cref="MessagingReceiver"/> took: <see cref="Path"/> and <see cref="Query"/> exactly as sent (still
/// percent-encoded), every header (names without regard to case) and the body.
/// </summary>
public sealed record MessagingRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;
}
