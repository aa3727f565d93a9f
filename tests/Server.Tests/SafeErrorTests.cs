using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Bad requests get a short 4xx and a warning in the log, in Development as in Production; nothing internal reaches the
/// client. The tests that only look at answers share one started server per environment (none of them issues a ticket);
/// those that read the log start their own.
/// </summary>
public class SafeErrorTests(SharedHost development, ProductionHost production) : IClassFixture<SharedHost>, IClassFixture<ProductionHost>
{
    private const string TicketsPath = "/api/kiosk/tickets";

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task PostTicket_MalformedJson_Answers400ProblemWithoutInternals(string environment)
    {
        using var client = Shared(environment).CreateClient();

        using var content = new StringContent("{\"serviceId\":", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(TicketsPath, content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not valid JSON", body, StringComparison.Ordinal);
        AssertNoInternals(body);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task PostTicket_MalformedJson_LoggedAsWarningWithoutStackTrace(string environment)
    {
        using var factory = new MppQueueFactory();
        var logs = new CapturingLoggerProvider();
        using var app = InEnvironment(factory, environment, logs);
        using var client = app.CreateClient();

        using var content = new StringContent("{\"serviceId\":", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(TicketsPath, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(TicketsPath, StringComparison.Ordinal));
        Assert.Null(warning.Exception);
    }

    [Fact]
    public async Task PostTicket_NotJson_Answers415ProblemWithoutInternals()
    {
        using var client = production.App.CreateClient();

        using var content = new StringContent("serviceId=ktp-el", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(TicketsPath, content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNoInternals(body);
    }

    [Fact]
    public async Task PostTicket_FortyMegabyteBody_Answers413()
    {
        var factory = development.Factory;
        using var client = factory.CreateClient();

        // Valid JSON that would issue a ticket if the server read it all.
        var padding = new string('x', 40 * 1024 * 1024);
        using var content = new StringContent("{\"serviceId\":\"ktp-el\",\"idempotencyKey\":\"" + padding + "\"}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(TicketsPath, content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("too large", body, StringComparison.Ordinal);
        Assert.Empty(factory.Engine.TicketsToday());
    }

    [Fact]
    public async Task PostTicket_TwoMegabyteBody_Answers413()
    {
        var factory = development.Factory;
        using var client = factory.CreateClient();

        // Over the one megabyte of Kestrel:Limits:MaxRequestBodySize in appsettings.json: no request needs more.
        var padding = new string('x', 2 * 1024 * 1024);
        using var content = new StringContent("{\"serviceId\":\"ktp-el\",\"idempotencyKey\":\"" + padding + "\"}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(TicketsPath, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(factory.Engine.TicketsToday());
    }

    [Fact]
    public void Circuit_Development_DetailedErrorsOnlyWhenConfigured()
    {
        var factory = development.Factory;
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("DetailedErrors", "true"));

        var byDefault = factory.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        var asked = configured.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.False(byDefault.DetailedErrors);
        Assert.True(asked.DetailedErrors);
    }

    /// <summary>The class's shared server in the environment (the factory's own is Development).</summary>
    private WebApplicationFactory<Program> Shared(string environment) => environment switch
    {
        "Development" => development.Factory,
        "Production" => production.App,
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, null),
    };

    internal static WebApplicationFactory<Program> InEnvironment(MppQueueFactory factory, string environment, CapturingLoggerProvider logs) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs));
        });

    internal static void AssertNoInternals(string body)
    {
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("IssueTicketMessage", body, StringComparison.Ordinal);
    }
}
