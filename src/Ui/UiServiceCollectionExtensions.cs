using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MppQueue.Ui;

public static class UiServiceCollectionExtensions
{
    /// <summary>MudBlazor's services (snackbars placed where an officer's eyes already are, top centre) and who is signed in.</summary>
    public static IServiceCollection AddUi(this IServiceCollection services) =>
        services.AddScoped<CurrentOfficer>().AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            config.SnackbarConfiguration.VisibleStateDuration = 6000;
            config.SnackbarConfiguration.ShowCloseIcon = true;
            config.SnackbarConfiguration.PreventDuplicates = false;
        });
}
