using MppQueue.Kiosk.Board;

namespace MppQueue.Kiosk.Flow;

/// <summary>
/// The search on the kiosk's start: whether its field is open, the text typed (at most <see cref="MaxLength"/>
/// characters, as the field holds), and the services it finds on today's board.
/// </summary>
public sealed class KioskSearch
{
    public const int MaxLength = 40;

    public string Text { get; private set; } = string.Empty;

    /// <summary>The field is open (with its on-screen keyboard).</summary>
    public bool IsOpen { get; private set; }

    public IReadOnlyList<ServiceTile> Results { get; private set; } = [];

    public void Open() => IsOpen = true;

    /// <summary>The field's text as typed, cut to the field's length: the results follow it.</summary>
    public void Type(string text, KioskBoard board)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(board);
        IsOpen = true;
        Text = text.Length > MaxLength ? text[..MaxLength] : text;
        Results = board.Search(Text);
    }

    /// <summary>The same text on a board read again (quotas and open desks change what is offered).</summary>
    public void Refresh(KioskBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        Results = board.Search(Text);
    }

    /// <summary>Closed and empty again.</summary>
    public void Forget()
    {
        Text = string.Empty;
        IsOpen = false;
        Results = [];
    }
}
