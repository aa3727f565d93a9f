using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Kiosk.Board;

/// <summary>
/// The satisfaction survey on the phone page: offered once the ticket of today is done and not answered yet, sent
/// once (a second tap finds it sent), and a refusal shown in the page's language, never thrown.
/// </summary>
public sealed class PhoneSurvey(SurveyService survey)
{
    /// <summary>The form is offered: today's ticket is done and has no answer yet.</summary>
    public bool CanAnswer { get; private set; }

    public bool Busy { get; private set; }

    /// <summary>This page sent the answer: it thanks the visitor.</summary>
    public bool Sent { get; private set; }

    /// <summary>Why the answer was refused, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether the form is offered for the ticket as the page shows it now.</summary>
    public void Follow(PhoneTicketView view, string token)
    {
        ArgumentNullException.ThrowIfNull(view);
        CanAnswer = view.IsToday && view.Facts.Ticket.Status == TicketStatus.Done && survey.CanAnswer(token);
    }

    /// <summary>Sends the answer; false when nothing was tried (already sent, or sending).</summary>
    public bool Submit(string token, IReadOnlyDictionary<SkmElement, int> answers, string? comment, CultureInfo culture)
    {
        if (Busy || Sent)
        {
            return false;
        }

        Busy = true;
        try
        {
            survey.Submit(token, answers, comment);
            Sent = true;
            Error = null;
        }
        catch (SurveyException refusal)
        {
            Error = refusal.Error.Describe(culture);
        }
        finally
        {
            Busy = false;
        }

        return true;
    }
}
