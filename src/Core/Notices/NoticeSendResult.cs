namespace MppQueue.Core;

/// <summary>
/// What a provider says about one send: taken (with its message id), or failed. A failure is <see cref="Permanent"/>
/// when trying again on the same channel cannot help (the browser's subscription is gone, the number is not on
/// WhatsApp, the provider refuses the request), so the next channel is tried at once.
/// </summary>
public sealed record NoticeSendResult(bool Ok, int? Status = null, string? MessageId = null, string? Error = null, bool Permanent = false)
{
    public static NoticeSendResult Taken(int? status, string? messageId = null) => new(true, status, messageId);

    public static NoticeSendResult Failed(int? status, string error, bool permanent = false) => new(false, status, null, error, permanent);
}
