using MppQueue.Core;
using MudBlazor;

namespace MppQueue.Ui.Components;

/// <summary>The colour of a registered device's health wherever devices are listed (always beside its words).</summary>
public static class DeviceColors
{
    public static Color Health(ScreenHealth health) => health switch
    {
        ScreenHealth.Online => Color.Success,
        ScreenHealth.Stale => Color.Error,
        _ => Color.Default,
    };
}
