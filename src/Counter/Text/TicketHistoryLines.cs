using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Counter.Text;

/// <summary>
/// A ticket's moves as a supervisor reads them: what happened in words (the second call of a recall, how many places a
/// late visitor moved back, where a transfer went), the status it led to, and a move that kept the status said as
/// such ("tetap Dipanggil") instead of a transition to itself.
/// </summary>
public static class TicketHistoryLines
{
    public static IReadOnlyList<TicketHistoryLine> Of(Ticket ticket, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(catalog);
        var lines = new List<TicketHistoryLine>(ticket.History.Count);
        var calls = 0;
        var lastTransfer = ticket.History.Select((m, i) => (m, i)).LastOrDefault(x => x.m.Kind == MoveKind.Transfer).i;
        for (var i = 0; i < ticket.History.Count; i++)
        {
            var move = ticket.History[i];
            calls = move.Kind switch
            {
                MoveKind.Call or MoveKind.CallSpecific or MoveKind.Resume => 1,
                MoveKind.Recall => calls + 1,
                _ => calls,
            };
            var transferredTo = move.Kind == MoveKind.Transfer && i == lastTransfer && catalog.FindService(ticket.ServiceId) is { } target ? target : null;
            var what = move.Kind switch
            {
                MoveKind.Recall => Labels.Format(HistoryText.RecallNth, calls),
                MoveKind.Postpone when int.TryParse(move.Note, NumberStyles.None, CultureInfo.InvariantCulture, out var places) => Labels.Format(HistoryText.PostponedPlaces, places),
                MoveKind.Transfer when transferredTo is not null => Labels.Format(HistoryText.TransferredTo, Labels.Service(transferredTo)),
                _ => CounterLabels.Move(move.Kind),
            };
            lines.Add(new TicketHistoryLine(move, what, Status(move), move.Kind == MoveKind.Postpone ? null : move.Note));
        }

        return lines;
    }

    public static string Channel(TicketChannel channel) =>
        HistoryText.ResourceManager.GetString("Channel_" + channel, CultureInfo.CurrentUICulture) ?? channel.ToString();

    private static string Status(TicketMove move) => move switch
    {
        _ when move.From != move.To => Labels.Status(move.From) + " → " + Labels.Status(move.To),
        { Kind: MoveKind.Issue or MoveKind.CheckIn } => Labels.Status(move.To),
        _ => Labels.Format(HistoryText.StatusSame, Labels.Status(move.To).ToLower(CultureInfo.CurrentCulture)),
    };
}
