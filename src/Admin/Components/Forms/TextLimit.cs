using MppQueue.Ui.Text;

namespace MppQueue.Admin.Components.Forms;

/// <summary>
/// A text field's maximum length, said instead of enforced by cutting: the field counts the characters as they are
/// typed or pasted (MudBlazor's <c>Counter</c>, with <c>Immediate</c>) and says how many are too many, while the input
/// keeps everything (no <c>maxlength</c> attribute, which cuts a pasted text without a word). The server refuses a too
/// long value in the same words' sense when it is saved anyway.
/// </summary>
public static class TextLimit
{
    /// <summary>MudBlazor's validation for a field of at most <paramref name="max"/> characters: null within it, else what to remove.</summary>
    public static Func<string, string?> Check(int max) =>
        value => value is { Length: var length } && length > max ? Labels.Format(FormText.TooLong, max, length - max) : null;
}
