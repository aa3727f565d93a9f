using System.Globalization;
using System.Resources;

namespace MppQueue.Core;

/// <summary>A refused complaint or forwarding change. <see cref="Exception.Message"/> is English; show <see cref="Describe"/> to people.</summary>
public sealed class ComplaintException : Exception
{
    private static readonly ResourceManager _text = new("MppQueue.Core.Resources.ComplaintText", typeof(ComplaintException).Assembly);

    public ComplaintException(ComplaintError error, string? detail = null)
        : base(Sentence(error, detail, CultureInfo.InvariantCulture))
    {
        Error = error;
        Detail = detail;
    }

    public ComplaintException()
        : this(ComplaintError.UnknownTicket)
    {
    }

    /// <summary>A refusal already put in words for people (<see cref="Describe"/> returns it as it is).</summary>
    public ComplaintException(string message)
        : base(message)
    {
        Detail = message;
        _worded = true;
    }

    public ComplaintException(string message, Exception innerException)
        : base(message, innerException)
    {
        Detail = message;
        _worded = true;
    }

    private readonly bool _worded;

    public ComplaintError Error { get; }

    /// <summary>The facts in the sentence: a ticket number, a limit, a time.</summary>
    public string? Detail { get; }

    /// <summary>The sentence for people, in the given culture (Indonesian unless English is asked for).</summary>
    public string Describe(CultureInfo culture) => _worded ? Message : Sentence(Error, Detail, culture);

    private static string Sentence(ComplaintError error, string? detail, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var template = _text.GetString("Error_" + error, culture.Name.Length == 0 ? CultureInfo.GetCultureInfo("en") : culture) ?? error.ToString();
        return string.Format(culture, template, detail ?? string.Empty);
    }
}
