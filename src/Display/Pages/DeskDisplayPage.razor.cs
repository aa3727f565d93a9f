using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Display.Boards;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Pages;

/// <summary>
/// The small screen above one loket: the desk's number and the ticket it is calling or serving, read from across
/// the hall. A new call flashes for a few seconds; a desk screen registered as a speaker announces its own calls.
/// </summary>
public partial class DeskDisplayPage
{
    private DeskBoard _board = default!;

    [Parameter]
    public string DeskId { get; set; } = string.Empty;

    protected override object ShownView => (_board, Labels.Time(Now, _board.Site), Labels.Date(Now, _board.Site), IsHighlighted(CalledSequence));

    private string StateClass => "state-" + _board.State.ToString().ToLowerInvariant() + (IsHighlighted(CalledSequence) ? " fresh" : string.Empty);

    // Only a call flashes; the same ticket moving on to "serving" does not.
    private long? CalledSequence => _board.State == DeskBoardState.Calling ? _board.Current?.Sequence : null;

    private string StatusText => _board.State switch
    {
        DeskBoardState.Calling => DisplayText.DeskCalling,
        DeskBoardState.Serving => DisplayText.DeskServing,
        DeskBoardState.Paused => DisplayText.DeskPaused,
        DeskBoardState.Closed => DisplayText.DeskClosed,
        _ => DisplayText.DeskFree,
    };

    protected override void Load()
    {
        _board = DeskBoard.Read(ReadToday(), DeskId);
        Seen(CalledSequence);
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        queueEvent.Desk?.Id == DeskId || queueEvent.Ticket?.DeskId == DeskId || queueEvent.Kind == QueueEventKind.CatalogChanged;

    private bool HearsCall(QueueEvent queueEvent) => queueEvent.Desk?.Id == DeskId;
}
