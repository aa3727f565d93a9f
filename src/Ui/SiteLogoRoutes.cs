using MppQueue.Core;

namespace MppQueue.Ui;

/// <summary>Where the screens fetch the MPP's logo (the host serves it, anonymously: kiosks and wall screens show it).</summary>
public static class SiteLogoRoutes
{
    public const string Path = "/site/logo";

    /// <summary>The address with the logo's version, so that a browser asks again exactly when the logo changed.</summary>
    public static string Url(SiteLogo logo)
    {
        ArgumentNullException.ThrowIfNull(logo);
        return Path + "?v=" + Uri.EscapeDataString(logo.Version);
    }
}
