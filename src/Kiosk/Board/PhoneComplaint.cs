using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Kiosk.Board;

/// <summary>
/// The complaint part of the phone page: the agency's SP4N-LAPOR! link always (when it has one), and where the agency
/// forwards complaints, the form, sent once per ticket; a refusal is shown in the page's language, never thrown.
/// </summary>
public sealed class PhoneComplaint(ComplaintForwarder forwarder)
{
    // The ticket and its state the stored complaint was last looked up for: the page reloads on every move of its
    // service, and a complaint appears only through a submission (this page's, or refused as already sent).
    private (string Token, TicketStatus Status)? _lookedUp;

    /// <summary>The label read when the agency gave its channel no name of its own.</summary>
    public const string DefaultLabel = "SP4N-LAPOR!";

    /// <summary>The agency's complaint channel, or null when it has none.</summary>
    public string? Url { get; private set; }

    public string Label { get; private set; } = DefaultLabel;

    /// <summary>The agency's name as the confirmation says it.</summary>
    public string AgencyName { get; private set; } = string.Empty;

    /// <summary>The form is offered: the agency forwards complaints, the ticket is today's and in a state that allows one, none sent yet.</summary>
    public bool CanWrite { get; private set; }

    /// <summary>The complaint this ticket already has, or null.</summary>
    public Complaint? Existing { get; private set; }

    /// <summary>This page sent it: the page confirms.</summary>
    public bool Sent { get; private set; }

    public bool Busy { get; private set; }

    public string? Error { get; private set; }

    /// <summary>What the page shows for the ticket as it is now.</summary>
    public void Follow(PhoneTicketView view, string token)
    {
        ArgumentNullException.ThrowIfNull(view);
        var agency = view.Facts.Agency;
        Url = agency?.ComplaintUrl is { Length: > 0 } url ? url : null;
        Label = agency?.ComplaintLabel is { Length: > 0 } label ? label : DefaultLabel;
        AgencyName = agency?.ShortName is { Length: > 0 } shortName ? shortName : agency?.Name ?? string.Empty;
        var lookUp = (token, view.Facts.Ticket.Status);
        if (_lookedUp?.Token != token || (Existing is null && _lookedUp != lookUp))
        {
            Existing = forwarder.OfTicket(token);
            _lookedUp = lookUp;
        }

        CanWrite = Existing is null && view.IsToday && ComplaintForwarder.MayComplain(view.Facts.Ticket.Status) && forwarder.Forwards(agency?.Id);
    }

    /// <summary>Sends the complaint; false when nothing was tried (sending, or already sent from here).</summary>
    public bool Submit(string token, string? text, CultureInfo culture)
    {
        if (Busy || Sent)
        {
            return false;
        }

        Busy = true;
        try
        {
            Existing = forwarder.Submit(token, text);
            Sent = true;
            CanWrite = false;
            Error = null;
        }
        catch (ComplaintException refusal)
        {
            Error = refusal.Describe(culture);
            if (refusal.Error == ComplaintError.AlreadySent)
            {
                CanWrite = false;
                Existing = forwarder.OfTicket(token);
            }
        }
        finally
        {
            Busy = false;
        }

        return true;
    }
}
