using MppQueue.Core;
using MppQueue.Kiosk.Board;

namespace MppQueue.Kiosk.Catalogue;

/// <summary>An agency in the catalogue with its active services, each with its status now.</summary>
public sealed record CatalogueAgency(Agency Agency, IReadOnlyList<ServiceTile> Services);
