using MppQueue.Core;

namespace MppQueue.Kiosk.Board;

/// <summary>An agency as the kiosk's first step shows it: how many of its services there are and how many are open now.</summary>
public sealed record AgencyTile(Agency Agency, int Services, int OpenServices, int TicketsToday);
