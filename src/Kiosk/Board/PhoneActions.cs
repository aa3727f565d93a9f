using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Kiosk.Board;

/// <summary>What the visitor is asked to confirm on the phone page.</summary>
public enum PhoneConfirm
{
    None,
    Cancel,
    Postpone,
}

/// <summary>
/// The visitor's own moves on the phone page (cancel, "saya terlambat"), each behind a confirmation, and what the page
/// says after them. The engine's moves are synchronous and the circuit runs one event at a time, so a double tap
/// reaches <see cref="Confirm"/> twice in a row: the first closes the confirmation and acts, the second finds nothing
/// to confirm.
/// </summary>
public sealed class PhoneActions
{
    public PhoneConfirm Asking { get; private set; }

    public bool Busy { get; private set; }

    /// <summary>What the last move did, or null.</summary>
    public string? Message { get; private set; }

    /// <summary>Why the last move was refused, in the page's language, or null.</summary>
    public string? Error { get; private set; }

    public void Ask(PhoneConfirm confirm)
    {
        Asking = confirm;
        Message = null;
        Error = null;
    }

    public void Keep() => Asking = PhoneConfirm.None;

    /// <summary>Makes the confirmed move, once; a refusal is shown, never thrown.</summary>
    public void Confirm(PhoneConfirm confirm, Func<string> move)
    {
        ArgumentNullException.ThrowIfNull(move);
        if (Busy || Asking != confirm || confirm == PhoneConfirm.None)
        {
            return;
        }

        Busy = true;
        Asking = PhoneConfirm.None;
        try
        {
            Message = move();
            Error = null;
        }
        catch (QueueException refusal)
        {
            Message = null;
            Error = Labels.Refusal(refusal);
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>The visitor gives up their place.</summary>
    public static string Cancel(QueueEngine engine, string token)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Labels.Format(KioskText.ActionCancelDone, engine.CancelByToken(token).Number);
    }

    /// <summary>"Saya terlambat": the people behind (at most the site's setting) go first.</summary>
    public static string Postpone(QueueEngine engine, string token, PhoneTicketView view)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(view);
        var places = Math.Min(Math.Max(view.Behind, 1), view.Facts.Site.PostponePlaces);
        engine.PostponeByToken(token);
        return Labels.Format(KioskText.ActionLateDone, places);
    }
}
