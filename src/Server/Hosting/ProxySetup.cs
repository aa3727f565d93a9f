using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace MppQueue.Server.Hosting;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto from the configured proxies (and loopback) only: behind nginx the sign-in
/// throttle sees the visitor's address and cookies are Secure under TLS; a client that talks to Kestrel directly
/// cannot pretend either.
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProxyOptions>()
            .Bind(configuration.GetSection(ProxyOptions.Section))
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "MppQueue:Proxy:KnownProxies must list IP addresses, e.g. 10.0.0.5.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "MppQueue:Proxy:KnownNetworks must list networks in CIDR notation, e.g. 10.0.0.0/24.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>(Configure);
        return services;
    }

    private static void Configure(ForwardedHeadersOptions forwarded, IOptions<ProxyOptions> proxies)
    {
        // The defaults already hold 127.0.0.0/8 and ::1; nginx on the same machine needs nothing more.
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.ForwardLimit = 1;
        forwarded.KnownProxies.Add(IPAddress.Loopback);
        foreach (var proxy in proxies.Value.KnownProxies)
        {
            if (IPAddress.TryParse(proxy, out var address))
            {
                forwarded.KnownProxies.Add(address);
            }
        }

        foreach (var network in proxies.Value.KnownNetworks)
        {
            if (System.Net.IPNetwork.TryParse(network, out var parsed))
            {
                forwarded.KnownIPNetworks.Add(parsed);
            }
        }
    }
}
