using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Boards;

/// <summary>What the small screen above one desk shows: the desk, and the ticket it is calling or serving.</summary>
public sealed record DeskBoard(Site Site, Desk? Desk, string DeskLabel, string AgencyName, CallView? Current, DeskBoardState State)
{
    public static DeskBoard Read(TodaySnapshot today, string deskId)
    {
        ArgumentNullException.ThrowIfNull(today);
        var catalog = today.Catalog;
        var desk = catalog.FindDesk(deskId);
        if (desk is null)
        {
            return new DeskBoard(catalog.Site, null, string.Empty, string.Empty, null, DeskBoardState.Closed);
        }

        var agency = catalog.Agencies.TryGetValue(desk.AgencyId, out var a) ? Labels.AgencyName(a) : string.Empty;
        var line = today.Desk(desk.Id);
        var current = line?.Current;
        var state = current?.Status switch
        {
            TicketStatus.Called => DeskBoardState.Calling,
            TicketStatus.Serving => DeskBoardState.Serving,
            _ when !desk.Active => DeskBoardState.Closed,
            _ when line?.State.Paused == true => DeskBoardState.Paused,
            _ when line?.HolderId is null => DeskBoardState.Closed,
            _ => DeskBoardState.Free,
        };
        return new DeskBoard(catalog.Site, desk, Labels.Desk(desk), agency, current is null ? null : Calls.View(current, catalog), state);
    }
}
