namespace MppQueue.Server.Notices;

/// <summary>
/// What a push message carries to the visitor's browser, encrypted for it (notice-sw.js reads it): the words, the
/// page to open, the tag that lets a newer notice replace an older one on the screen, and the id and receipt that
/// the browser sends back once it has shown the notice.
/// </summary>
public sealed record PushNoticeMessage(string Title, string Body, string Url, string Tag, string Id, string? Receipt);
