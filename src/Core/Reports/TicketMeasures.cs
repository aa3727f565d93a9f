namespace MppQueue.Core;

/// <summary>
/// What the reports measure on one ticket, read from its recorded moves (the ticket's own fields are
/// overwritten by later moves, its history is not).
/// </summary>
/// <remarks>
/// <para><b>Waiting time</b>: from the ticket's first move (<see cref="MoveKind.Issue"/> at the kiosk, or
/// <see cref="MoveKind.CheckIn"/> for a booking, which enters the queue only when the visitor checks in) to its
/// first <see cref="MoveKind.Call"/> or <see cref="MoveKind.CallSpecific"/>. It belongs to the service that
/// issued the number and to the desk and officer of that first call. A ticket never called has none. Time lost
/// to "saya terlambat" (postpone) counts as waiting; a wait after a transfer or a restored no-show does not.</para>
/// <para><b>Service time</b>: for a ticket finished (<see cref="TicketStatus.Done"/>), from the moment serving
/// started to the <see cref="MoveKind.Finish"/>: the first <see cref="MoveKind.StartServing"/> after the last
/// <see cref="MoveKind.Transfer"/>, or, when the officer finished straight from the call, the last call
/// (<see cref="MoveKind.Call"/>, <see cref="MoveKind.CallSpecific"/> or <see cref="MoveKind.Resume"/>) before the
/// finish, as the engine itself takes serving to start at the call. Time parked on hold in between counts.</para>
/// </remarks>
public static class TicketMeasures
{
    /// <summary>The first call's move (desk, officer, time), or null when the ticket was never called.</summary>
    public static TicketMove? FirstCall(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        foreach (var move in ticket.History)
        {
            if (move.Kind is MoveKind.Call or MoveKind.CallSpecific)
            {
                return move;
            }
        }

        return null;
    }

    /// <summary>Issued (or checked in) to first called; null when never called.</summary>
    public static TimeSpan? WaitingTime(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (FirstCall(ticket) is not { } call)
        {
            return null;
        }

        var start = ticket.History.IsEmpty ? ticket.IssuedAt : ticket.History[0].At;
        return Positive(call.At - start);
    }

    /// <summary>The finishing move, or null when the ticket was not finished.</summary>
    public static TicketMove? FinishMove(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Status != TicketStatus.Done)
        {
            return null;
        }

        for (var i = ticket.History.Count - 1; i >= 0; i--)
        {
            if (ticket.History[i].Kind == MoveKind.Finish)
            {
                return ticket.History[i];
            }
        }

        return null;
    }

    /// <summary>Serving started to finished; null when the ticket was not finished.</summary>
    public static TimeSpan? ServiceTime(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (FinishMove(ticket) is not { } finish)
        {
            return null;
        }

        var afterTransfer = 0;
        for (var i = 0; i < ticket.History.Count; i++)
        {
            if (ticket.History[i].Kind == MoveKind.Transfer)
            {
                afterTransfer = i + 1;
            }
        }

        DateTimeOffset? lastCall = null;
        for (var i = afterTransfer; i < ticket.History.Count; i++)
        {
            var move = ticket.History[i];
            if (move.Kind == MoveKind.StartServing)
            {
                return Positive(finish.At - move.At);
            }

            if (move.Kind is MoveKind.Call or MoveKind.CallSpecific or MoveKind.Resume)
            {
                lastCall = move.At;
            }

            if (move.Kind == MoveKind.Finish)
            {
                break;
            }
        }

        return Positive(finish.At - (lastCall ?? ticket.ServingAt ?? finish.At));
    }

    private static TimeSpan Positive(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;
}
