using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// What was refused in a survey and why: the ticket number and its state, the element concerned and a
/// detail (the refused value, a limit, a period).
/// </summary>
public sealed record SurveyError(
    SurveyErrorCode Code,
    string? Ticket = null,
    TicketStatus? Status = null,
    SkmElement? Element = null,
    string? Detail = null)
{
    /// <summary>The sentence for people, in the given culture (Indonesian unless English is asked for).</summary>
    public string Describe(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var template = SkmText.Get("Error_" + Code, culture);

        // The ticket's state reads the same as in the engine's own refusals.
        var status = Status is { } s ? QueueError.Text("Status_" + s, culture) : string.Empty;
        var element = Element is { } e && Enum.IsDefined(e) ? SkmText.ElementName(e, culture) : string.Empty;
        return string.Format(culture, template, Ticket ?? string.Empty, status, element, Detail ?? string.Empty);
    }
}
