using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Counter.Console;

/// <summary>
/// The notices of the ticket at the desk, as the officer's card shows them: which channels the visitor set (never the
/// number) and each notice with its state. It is read once per ticket and then kept in step with the changes the
/// notice service announces (<see cref="Apply"/>), so a change never reads the store from inside the service's lock.
/// </summary>
public sealed class TicketNoticeList
{
    private readonly List<Notice> _notices = [];

    public string? TicketId { get; private set; }

    public string? BookingCode { get; private set; }

    public NoticeChannels Channels { get; private set; } = NoticeChannels.None;

    /// <summary>The notices, oldest first.</summary>
    public IReadOnlyList<Notice> Notices => _notices;

    /// <summary>Reads the ticket's notices and channels afresh; with no ticket, the list is empty.</summary>
    public void Read(NoticeService notices, Ticket? ticket)
    {
        ArgumentNullException.ThrowIfNull(notices);
        _notices.Clear();
        TicketId = ticket?.Id;
        BookingCode = ticket?.BookingCode;
        Channels = ticket is null ? NoticeChannels.None : notices.ChannelsOf(ticket);
        if (ticket is not null)
        {
            _notices.AddRange(notices.NoticesOf(ticket));
        }
    }

    /// <summary>Reads only the channels again (the visitor may set or take back a number at any time).</summary>
    public void ReadChannels(NoticeService notices, Ticket? ticket)
    {
        ArgumentNullException.ThrowIfNull(notices);
        Channels = ticket is null ? NoticeChannels.None : notices.ChannelsOf(ticket);
    }

    /// <summary>Whether a changed notice belongs to the ticket shown (its own, or its booking's from before the check-in).</summary>
    public bool Concerns(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return TicketId is not null
            && (notice.TicketId == TicketId || (notice.TicketId is null && BookingCode is not null && notice.BookingCode == BookingCode));
    }

    /// <summary>Takes in a notice that was decided or changed state; false when it is not about the ticket shown.</summary>
    public bool Apply(Notice notice)
    {
        if (!Concerns(notice))
        {
            return false;
        }

        var index = _notices.FindIndex(n => n.Id == notice.Id);
        if (index >= 0)
        {
            _notices[index] = notice;
        }
        else
        {
            // A booking's notices come before the ticket's, each part oldest first, as the service lists them.
            var at = _notices.FindIndex(n => Order(n).CompareTo(Order(notice)) > 0);
            _notices.Insert(at < 0 ? _notices.Count : at, notice);
        }

        return true;
    }

    /// <summary>The name of a kind of notice ("Dipanggil").</summary>
    public static string Kind(NoticeKind kind) => Text("Kind_" + kind) ?? kind.ToString();

    /// <summary>The name of a state ("Terkirim").</summary>
    public static string State(NoticeState state) => Text("State_" + state) ?? state.ToString();

    /// <summary>A channel's short name ("WA").</summary>
    public static string Channel(NoticeChannel channel) => Text("Channel_" + channel) ?? channel.ToString();

    /// <summary>What the chip says: the state, the channel and the time of that state ("Terkirim · WA · 09.12").</summary>
    public static string Chip(Notice notice, Site site)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(site);
        var at = notice.State switch
        {
            NoticeState.Delivered => notice.DeliveredAt ?? notice.SentAt,
            NoticeState.Sent => notice.SentAt,
            NoticeState.Failed => notice.FailedAt,
            _ => null,
        };
        var parts = new List<string> { State(notice.State) };
        if (notice.Channel is { } channel)
        {
            parts.Add(Channel(channel));
        }

        if (at is { } time)
        {
            parts.Add(Labels.Time(time, site));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>Why it failed, or why it is being tried again, for the tooltip; null when there is nothing to say.</summary>
    public static string? Problem(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var culture = CultureInfo.CurrentUICulture;
        if (notice.State == NoticeState.Failed && notice.FailureKey is { } key)
        {
            return NoticeTexts.Failure(key, culture);
        }

        if (notice.State is NoticeState.Sent or NoticeState.Delivered)
        {
            return null;
        }

        var failed = notice.Attempts.Where(a => !a.Ok).Take(1).Select(a => Labels.Format(
            NoticeCounterText.FailedOn,
            Channel(a.Channel),
            a.Error ?? a.Status?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)).FirstOrDefault();
        return failed is null ? null : notice.State == NoticeState.Pending ? Labels.Format(NoticeCounterText.Retrying, failed) : failed;
    }

    private static (int Part, DateTimeOffset At) Order(Notice notice) => (notice.TicketId is null ? 0 : 1, notice.CreatedAt);

    private static string? Text(string key) => NoticeCounterText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture);
}
