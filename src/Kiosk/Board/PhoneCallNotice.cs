namespace MppQueue.Kiosk.Board;

/// <summary>
/// The full-screen "you are called" notice on the phone, by the key of the current call (a recall is a new call):
/// open until the visitor answers "on my way" for that call, and the buzz and chime once per call.
/// </summary>
public sealed class PhoneCallNotice
{
    private string? _dismissed;
    private string? _alerted;

    /// <summary>Called, and this call not yet acknowledged.</summary>
    public bool IsOpen(string? callKey) => callKey is not null && callKey != _dismissed;

    /// <summary>"On my way": the notice of this call closes; a recall opens it again.</summary>
    public void Dismiss(string? callKey) => _dismissed = callKey;

    /// <summary>True the first time a call is seen: the phone buzzes and chimes now, and not again for it.</summary>
    public bool ShouldAlert(string? callKey)
    {
        if (callKey is null || callKey == _alerted)
        {
            return false;
        }

        _alerted = callKey;
        return true;
    }
}
