using MppQueue.Core;

namespace MppQueue.Counter.Text;

/// <summary>One move of a ticket's history in words: what happened, the status it led to (or kept), the officer's note.</summary>
public sealed record TicketHistoryLine(TicketMove Move, string What, string Status, string? Note);
