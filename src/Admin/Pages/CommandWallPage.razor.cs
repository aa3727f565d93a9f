using MppQueue.Admin.Components.Command;

namespace MppQueue.Admin.Pages;

/// <summary>
/// The Command Center on the control room's wall: no app bar, dark, large type read from several metres; still
/// behind a supervisor's sign-in. It lists the most urgent alerts and says how many more there are.
/// </summary>
public partial class CommandWallPage : CommandViewBase
{
    public const string Route = "/command/wall";

    /// <summary>The wall has room for this many alert lines above the agencies.</summary>
    private const int MaxAlerts = 4;
}
