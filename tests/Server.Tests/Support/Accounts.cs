using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MppQueue.Server.Tests.Support;

/// <summary>Signs in over HTTP as a browser would: fetch the form, post it back with its antiforgery token, keep the cookie.</summary>
public static partial class Accounts
{
    /// <summary>The password the demo accounts are seeded with (MppQueue:DemoPassword's default).</summary>
    public const string DemoPassword = "mpp-demo-2026";

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var path = "/account/signin" + (returnUrl is null ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = await client.GetStringAsync(path);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = Token(form),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(path, content);
    }

    /// <summary>A client signed in as a demo account (or any account with the given password).</summary>
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory, string userName, string password = DemoPassword)
    {
        var client = Client(factory);
        using var response = await PostSignInAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return client;
    }

    /// <summary>Asks for a protected address without an account: the answer is the sign-in page, which leads back to it.</summary>
    public static async Task AssertSentToSignInAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account/signin?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location?.PathAndQuery);
    }

    /// <summary>Asks for an address the signed-in account may not use: the answer is the denial page.</summary>
    public static async Task AssertDeniedAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>The antiforgery token a rendered page carries in its forms.</summary>
    public static string Token(string page)
    {
        var match = TokenField().Match(page);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
