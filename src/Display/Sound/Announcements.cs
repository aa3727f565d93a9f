using MppQueue.Core;
using MppQueue.Display.Boards;

namespace MppQueue.Display.Sound;

/// <summary>Which events a screen announces, and how.</summary>
public static class Announcements
{
    /// <summary>
    /// The announcement of a call heard live by a speaker screen, or null: not a call, already history when the
    /// screen opened (<paramref name="floor"/>), or a screen that is not a speaker (unregistered screens are silent).
    /// </summary>
    public static AnnouncementMessage? For(QueueEvent queueEvent, ScreenDevice? screen, long floor)
    {
        ArgumentNullException.ThrowIfNull(queueEvent);
        if (screen is not { IsSpeaker: true } || !Calls.IsCall(queueEvent.Kind) || queueEvent.Sequence <= floor
            || queueEvent.Ticket is not { } ticket || queueEvent.Desk is not { } desk)
        {
            return null;
        }

        var call = CallAnnouncement.For(ticket.Number, desk.Number, screen.Reading);
        return new AnnouncementMessage(queueEvent.Sequence, call.Clips, call.Sentence, screen.UseBrowserSpeech);
    }

    /// <summary>What the browser said about its sound (see screen.js), as the registry keeps it.</summary>
    public static ScreenSound ParseSound(string? reported) => reported switch
    {
        "ready" => ScreenSound.Ready,
        "blocked" => ScreenSound.Blocked,
        _ => ScreenSound.Unknown,
    };
}
