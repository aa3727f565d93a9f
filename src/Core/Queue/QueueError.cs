using System.Globalization;
using System.Resources;

namespace MppQueue.Core;

/// <summary>
/// What was refused and why, with the facts a person needs: the ticket, its state, the move,
/// a detail (a desk, a field) and, for a closed service, when it opens again (site time).
/// </summary>
public sealed record QueueError(
    QueueErrorCode Code,
    string? Ticket = null,
    TicketStatus? Status = null,
    MoveKind? Move = null,
    string? Detail = null,
    DateTimeOffset? NextOpening = null)
{
    private static readonly ResourceManager _text = new("MppQueue.Core.Resources.CoreText", typeof(QueueError).Assembly);

    public static QueueError Invalid(string field, string value) =>
        new(QueueErrorCode.InvalidValue, Detail: Field(field) + ": " + Shorten(value));

    /// <summary>The sentence for people, in the given culture (Indonesian unless English is asked for).</summary>
    public string Describe(CultureInfo culture)
    {
        var template = Text("Error_" + Code, culture);
        var status = Status is { } s ? Text("Status_" + s, culture) : string.Empty;
        var move = Move is { } m ? Text("Move_" + m, culture) : string.Empty;
        var opening = NextOpening is { } o ? FormatOpening(o, culture) : string.Empty;
        var sentence = string.Format(culture, template, Ticket ?? string.Empty, status, move, Detail ?? string.Empty, opening);
        return sentence;
    }

    public static string Text(string key, CultureInfo culture) => _text.GetString(key, culture) ?? key;

    private static string FormatOpening(DateTimeOffset opening, CultureInfo culture)
    {
        var day = opening.ToString("dddd, d MMMM yyyy", culture);
        var time = opening.ToString("HH:mm", CultureInfo.InvariantCulture);
        return string.Format(culture, Text("OpensAt", culture), day, time);
    }

    private static string Field(string field) => field;

    // A refused value may be huge or hostile; echo only a short, plain prefix of it.
    private static string Shorten(string value) => Printable.Echo(value);
}
