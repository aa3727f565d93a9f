using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MppQueue.Core;
using MppQueue.Ui.Components;
using MudBlazor;
using MudBlazor.Services;

namespace MppQueue.Ui;

public static class UiServiceCollectionExtensions
{
    /// <summary>
    /// How long a popover whose component has gone (a select's list on a closed dialog, a tooltip) stays known to
    /// MudBlazor's script in the browser before it is cleaned up; it is no longer shown meanwhile.
    /// </summary>
    public static readonly TimeSpan PopoverDetachDelay = TimeSpan.FromMinutes(5);

    /// <summary>
    /// MudBlazor's services (snackbars placed where an officer's eyes already are, top centre), who is signed in, the
    /// accounts' password hasher, which signing in (the host) and the officers page (admin) both use, and the pages'
    /// shared beat.
    /// </summary>
    public static IServiceCollection AddUi(this IServiceCollection services)
    {
        services.TryAddSingleton<IPasswordHasher<Officer>, PasswordHasher<Officer>>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PageBeat>();
        return services.AddScoped<CurrentOfficer>().AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            config.SnackbarConfiguration.VisibleStateDuration = 6000;
            config.SnackbarConfiguration.ShowCloseIcon = true;
            config.SnackbarConfiguration.PreventDuplicates = false;

            // The popover service wakes every QueueDelay on every open page, only to detach gone popovers from the
            // browser; at MudBlazor's 0.5 s, a hall of 150 screens and phones spent most of its idle CPU on that beat,
            // and at 30 s it was still the most frequent timer of the idle server (ADR 13).
            config.PopoverOptions.QueueDelay = PopoverDetachDelay;
        });
    }
}
