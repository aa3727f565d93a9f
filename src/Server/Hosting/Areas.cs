using System.Reflection;
using MppQueue.Admin;
using MppQueue.Counter;
using MppQueue.Display;
using MppQueue.Kiosk;

namespace MppQueue.Server.Hosting;

/// <summary>The Razor class libraries whose pages the host serves.</summary>
public static class Areas
{
    public static readonly Assembly[] Assemblies =
    [
        typeof(KioskRoutes).Assembly,
        typeof(CounterRoutes).Assembly,
        typeof(DisplayRoutes).Assembly,
        typeof(AdminRoutes).Assembly,
    ];
}
