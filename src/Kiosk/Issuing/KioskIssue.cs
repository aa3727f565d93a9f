using MppQueue.Core;

namespace MppQueue.Kiosk.Issuing;

/// <summary>A ticket a kiosk gave out, and whether it reached paper.</summary>
public sealed record KioskIssue(Ticket Ticket, PrintOutcome Print);
