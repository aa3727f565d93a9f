namespace MppQueue.Kiosk.Notices;

/// <summary>What notice-sw.js sends back once it has shown a push notice: the notice's id and its receipt.</summary>
public sealed record NoticeSeenMessage(string? Id, string? Receipt);
