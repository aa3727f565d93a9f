using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MppQueue.Server.Tests.Support;

/// <summary>
/// The in-memory test server has no peer address; this filter, ahead of the app's pipeline, gives each request
/// the one named in <see cref="Header"/>, as if it came from that machine (a proxy, or a client directly).
/// </summary>
public sealed class RemoteAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext context, RequestDelegate following) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(Header);
            }

            return following(context);
        });
        next(app);
    };
}
