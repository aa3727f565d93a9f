namespace MppQueue.Core;

/// <summary>Where a complaint stands on its way to the agency's endpoint.</summary>
public enum ComplaintState
{
    /// <summary>Not delivered yet; tried again when <see cref="Complaint.NextAttemptAt"/> comes.</summary>
    Waiting,

    /// <summary>The endpoint answered 2xx.</summary>
    Forwarded,

    /// <summary>Every try failed; it waits for an admin's "Kirim ulang".</summary>
    Stopped,

    /// <summary>The agency's forwarding was removed meanwhile; an admin may send it again once it is back.</summary>
    NoEndpoint,
}
