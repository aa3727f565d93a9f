using MppQueue.Admin.Components.Command;

namespace MppQueue.Admin.Pages;

/// <summary>
/// The Command Center for a supervisor at a desk: the building's totals, the alerts, and a card per agency with each
/// service's queue, desks, served count and quota. Everything comes from one <see cref="Core.BuildingSnapshot"/>,
/// re-read on every queue event and every few seconds (<see cref="Core.CommandOptions.RefreshSeconds"/>).
/// </summary>
public partial class CommandPage : CommandViewBase
{
}
