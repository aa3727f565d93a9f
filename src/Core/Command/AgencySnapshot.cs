using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// One agency in the Command Center: its services, and its own figures (desks counted once each, so they are
/// not the sum of the services' desk counts when a desk serves several services).
/// </summary>
public sealed record AgencySnapshot(Agency Agency, CommandFigures Figures, ImmutableArray<ServiceSnapshot> Services, int AlertCount);
