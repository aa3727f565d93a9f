using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MppQueue.Core;
using MudBlazor;
using MudBlazor.Services;

namespace MppQueue.Ui;

public static class UiServiceCollectionExtensions
{
    /// <summary>How long a closed popover (a select's list, a menu) stays attached in the browser before it is cleaned up.</summary>
    public static readonly TimeSpan PopoverDetachDelay = TimeSpan.FromSeconds(30);

    /// <summary>
    /// MudBlazor's services (snackbars placed where an officer's eyes already are, top centre), who is signed in, and
    /// the accounts' password hasher, which signing in (the host) and the officers page (admin) both use.
    /// </summary>
    public static IServiceCollection AddUi(this IServiceCollection services)
    {
        services.TryAddSingleton<IPasswordHasher<Officer>, PasswordHasher<Officer>>();
        return services.AddScoped<CurrentOfficer>().AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            config.SnackbarConfiguration.VisibleStateDuration = 6000;
            config.SnackbarConfiguration.ShowCloseIcon = true;
            config.SnackbarConfiguration.PreventDuplicates = false;

            // The popover service wakes every QueueDelay on every open page, only to detach closed popovers from the
            // browser; at MudBlazor's 0.5 s, a hall of 150 screens and phones spent most of its idle CPU on that beat.
            config.PopoverOptions.QueueDelay = PopoverDetachDelay;
        });
    }
}
