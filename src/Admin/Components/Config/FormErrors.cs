using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>
/// The refusals a configuration form shows: next to the field they concern when the form has that field,
/// otherwise at the top (changed meanwhile, not allowed, a clash with something not on the form).
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    public string? Top { get; private set; }

    public bool Any => Top is not null || _byField.Count > 0;

    public void Clear()
    {
        Top = null;
        _byField.Clear();
    }

    /// <summary>Shows a refusal in the reader's language, beside its field when <paramref name="fields"/> has it.</summary>
    public void Show(CatalogError error, IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(fields);
        var message = error.Describe(CultureInfo.CurrentUICulture);
        if (fields.Contains(error.Field))
        {
            _byField[error.Field] = message;
        }
        else
        {
            Top = message;
        }
    }

    public void ShowTop(string message) => Top = message;

    public bool Has(string field) => _byField.ContainsKey(field);

    public string? For(string field) => _byField.GetValueOrDefault(field);
}
