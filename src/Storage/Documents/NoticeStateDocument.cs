namespace MppQueue.Storage.Documents;

/// <summary>The notices' one state document: the journal cursor and the VAPID key pair (id "notices").</summary>
internal sealed class NoticeStateDocument
{
    public string Id { get; set; } = "notices";

    public long? Cursor { get; set; }

    public string? VapidPublicKey { get; set; }

    public string? VapidPrivateKey { get; set; }

    public long VapidCreatedAtUtcTicks { get; set; }
}
