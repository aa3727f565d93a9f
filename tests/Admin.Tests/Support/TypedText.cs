using AngleSharp.Dom;
using Bunit;

namespace MppQueue.Admin.Tests.Support;

/// <summary>
/// Enters a value in a field as a person does: a field that counts its characters as they are typed (Immediate, for
/// its length limit) listens to input, the others to change; a test need not know which.
/// </summary>
public static class TypedText
{
    public static void Enter(this IElement element, string? value)
    {
        ArgumentNullException.ThrowIfNull(element);
        try
        {
            element.Change(value);
        }
        catch (MissingEventHandlerException)
        {
            element.Input(value);
        }
    }
}
