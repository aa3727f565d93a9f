namespace MppQueue.Server.Hosting;

public static class StaticAssetsSetup
{
    /// <summary>
    /// Serves the Razor class libraries' and MudBlazor's files from where the build left them, in every environment.
    /// ASP.NET Core does this only in Development; run from the build output in Production, every one of those files
    /// would be answered empty. A published server has them in its wwwroot and no build manifest, so this does nothing there.
    /// </summary>
    public static WebApplicationBuilder UseBuildOutputAssets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }
}
