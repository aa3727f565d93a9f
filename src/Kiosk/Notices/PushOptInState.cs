namespace MppQueue.Kiosk.Notices;

/// <summary>
/// The push opt-in's state and words, from what the browser answers (notices.js) and whether the server already
/// has this browser for the page's ticket or booking; <see cref="PushOptIn"/> only renders it.
/// </summary>
public sealed class PushOptInState
{
    public PushStatus Status { get; private set; } = PushStatus.Waiting;

    public bool Busy { get; private set; }

    public bool Visible => Status != PushStatus.Waiting;

    public bool CanEnable => Status is PushStatus.Off or PushStatus.Failed;

    public bool CanDisable => Status == PushStatus.On;

    /// <summary>The line under the title: the offer, or why there is nothing to turn on.</summary>
    public string Text(bool booking) => Status switch
    {
        PushStatus.On => NoticeText.PushOn,
        PushStatus.Blocked => NoticeText.PushBlocked,
        PushStatus.Unsupported => NoticeText.PushUnsupported,
        PushStatus.Failed => NoticeText.PushFailed,
        _ => booking ? NoticeText.PushBookingOffer : NoticeText.PushTicketOffer,
    };

    /// <summary>What the browser allows (prepare), and whether the server already sends this subject's notices here.</summary>
    public void Prepared(string? answer, bool serverHasPush) => Status = answer switch
    {
        "unsupported" => PushStatus.Unsupported,
        "blocked" => PushStatus.Blocked,
        "granted" when serverHasPush => PushStatus.On,
        _ => PushStatus.Off,
    };

    public void Started() => Busy = true;

    /// <summary>The answer of enable or disable.</summary>
    public void Answered(string? answer)
    {
        Busy = false;
        Status = answer switch
        {
            "on" => PushStatus.On,
            "off" or "default" => PushStatus.Off,
            "blocked" => PushStatus.Blocked,
            "unsupported" => PushStatus.Unsupported,
            _ => PushStatus.Failed,
        };
    }
}
