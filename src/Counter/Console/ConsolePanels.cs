using MppQueue.Core;

namespace MppQueue.Counter.Console;

/// <summary>The console's side panels: one at a time, each about the ticket it was opened for.</summary>
public enum ConsolePanel
{
    None,
    Transfer,
    Hold,
    CallSpecific,
    Pause,
}

/// <summary>
/// Which side panel of the console is open, for which ticket, and which waiting ticket was chosen to be called out
/// of order. A panel about the visitor at the desk closes by itself when that visitor leaves the desk or the page
/// shows another desk, so a transfer or a hold can never act on someone else.
/// </summary>
public sealed class ConsolePanels
{
    private string? _ticketId;

    public ConsolePanel Open { get; private set; }

    /// <summary>The waiting ticket chosen for a call out of order.</summary>
    public Ticket? Chosen { get; private set; }

    public void Show(ConsolePanel panel, Ticket? current)
    {
        Open = panel;
        _ticketId = current?.Id;
    }

    public void Choose(Ticket waiting, Ticket? current)
    {
        Chosen = waiting;
        Show(ConsolePanel.CallSpecific, current);
    }

    public void Close()
    {
        Open = ConsolePanel.None;
        _ticketId = null;
        Chosen = null;
    }

    /// <summary>Closes what no longer applies after the console was read again.</summary>
    public void Follow(string? deskBefore, DeskConsoleView now)
    {
        ArgumentNullException.ThrowIfNull(now);
        if (now.Desk?.Id != deskBefore || (Open is ConsolePanel.Transfer or ConsolePanel.Hold && now.Current?.Id != _ticketId))
        {
            Close();
        }
    }
}
