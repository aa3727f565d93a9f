using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MppQueue.Ui;

public static class UiServiceCollectionExtensions
{
    /// <summary>MudBlazor's services, with snackbars placed where an officer's eyes already are (top centre).</summary>
    public static IServiceCollection AddUi(this IServiceCollection services) =>
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            config.SnackbarConfiguration.VisibleStateDuration = 6000;
            config.SnackbarConfiguration.ShowCloseIcon = true;
            config.SnackbarConfiguration.PreventDuplicates = false;
        });
}
