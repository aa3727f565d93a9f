using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Live;

/// <summary>What <c>/live</c> says for its figures, in the current language: the page and its live messages alike.</summary>
public static class LiveLabels
{
    public static string Desk(int number) => Labels.Format(UiText.DeskLabel, number);

    /// <summary>
    /// "10–20 mnt" for a ticket taken now; "Loket belum buka" while no desk is open for it; a dash while no ticket is
    /// given (the state beside it says why). A number would mislead.
    /// </summary>
    public static string Wait(LiveService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (service.NextWait is { } wait)
        {
            return Labels.Format(LiveText.WaitMinutes, wait.LowMinutes, wait.HighMinutes);
        }

        return service.State == AvailabilityState.Open ? LiveText.NoDeskOpen : LiveText.NoTicketsNow;
    }

    public static string Quota(LiveService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return Labels.Format("{0}", service.QuotaLeft);
    }

    /// <summary>Whether tickets are given now, in two or three words.</summary>
    public static string State(AvailabilityState state) => state switch
    {
        AvailabilityState.Open => LiveText.StateOpen,
        AvailabilityState.NotYetOpen => LiveText.StateNotYetOpen,
        AvailabilityState.ClosedForToday => LiveText.StateClosedForToday,
        AvailabilityState.ClosedDay => LiveText.StateClosedDay,
        AvailabilityState.FridayBreak => LiveText.StateFridayBreak,
        AvailabilityState.PastCutOff => LiveText.StatePastCutOff,
        AvailabilityState.QuotaFull => LiveText.StateQuotaFull,
        _ => LiveText.StateInactive,
    };

    /// <summary>
    /// The numbers at the desks as live.js keys them ("A012@Loket 3|A013@Loket 4"): written into the page, so that the
    /// first message, which holds what the page already shows, changes nothing in it.
    /// </summary>
    public static string CallsKey(IEnumerable<LiveServing> serving)
    {
        ArgumentNullException.ThrowIfNull(serving);
        return string.Join('|', serving.Select(c => c.Number + "@" + Desk(c.DeskNumber)));
    }

    /// <inheritdoc cref="CallsKey(IEnumerable{LiveServing})"/>
    public static string CallsKey(IEnumerable<LiveCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        return string.Join('|', calls.Select(c => c.Number + "@" + Desk(c.DeskNumber)));
    }

    /// <summary>The board as its live message, every text in the current language.</summary>
    public static LiveMessage Message(LiveBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return new LiveMessage(
            board.Sequence,
            Shape(board),
            Labels.Time(board.Now, board.Site),
            [.. board.Services.Select(s => new LiveServiceMessage(
                s.Id,
                s.Waiting,
                [.. s.Serving.Select(c => new LiveCallMessage(c.Number, Desk(c.DeskNumber)))],
                Wait(s),
                s.NextWait is not null,
                Quota(s),
                State(s.State),
                s.State == AvailabilityState.Open))],
            [.. board.Zones.Select(z => new LiveZoneMessage(z.Id, [.. z.Calls.Select(c => new LiveCallMessage(c.Number, Desk(c.DeskNumber)))]))]);
    }

    /// <summary>The agencies, services (with their prefixes and names) and zones listed, in order: what the page's markup is made of.</summary>
    public static string Shape(LiveBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var parts = board.Agencies.Select(a => a.Id + ":" + a.Name + "[" + string.Join(",", a.Services.Select(s => s.Id + "=" + s.Prefix + " " + s.Name)) + "]")
            .Concat(board.Zones.Select(z => "z:" + z.Id + "=" + z.Name));
        var text = string.Join(";", parts);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }
}
