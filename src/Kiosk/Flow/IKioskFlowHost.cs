using MppQueue.Core;
using MppQueue.Kiosk.Board;

namespace MppQueue.Kiosk.Flow;

/// <summary>
/// What <see cref="KioskFlow"/> needs from the page that shows it: today's board, the ticket's address for its
/// QR code, a way to another step's address, and a way back onto the circuit for what a timer decides.
/// A unit test plays the page with a plain fake.
/// </summary>
public interface IKioskFlowHost
{
    /// <summary>The kiosk's board from the newest picture of today.</summary>
    KioskBoard ReadBoard();

    /// <summary>The absolute address of a ticket's own page, as its QR code carries it.</summary>
    Uri LinkOf(Ticket ticket);

    /// <summary>Goes to another address (another step, or the slip).</summary>
    void NavigateTo(string address);

    /// <summary>Applies a change decided off the circuit (the idle timer, the printer watch) on it, then renders.</summary>
    Task UpdateAsync(Action change);
}
