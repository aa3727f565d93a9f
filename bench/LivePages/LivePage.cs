using System.Text.Json;
using Microsoft.Playwright;

namespace MppQueue.Bench.LivePages;

/// <summary>An open page and what its recorder (recorder.js) has seen change on it.</summary>
public sealed class LivePage(IPage page, string label)
{
    public IPage Page { get; } = page;

    public string Label { get; } = label;

    /// <summary>
    /// When <paramref name="key"/> first took a value matching <paramref name="mode"/> ("any", "eq", "has") at or
    /// after <paramref name="since"/> (Unix ms), and that value; null when it did not within the timeout.
    /// </summary>
    public async Task<(long At, string Value)?> WhenAsync(string key, long since, string mode, string? value, TimeSpan timeout)
    {
        var seen = await Page.EvaluateAsync<JsonElement>(
            "([key, since, mode, value, timeout]) => window.__lp.when(key, since, mode, value, timeout)",
            new object?[] { key, since, mode, value ?? string.Empty, (long)timeout.TotalMilliseconds });
        var at = (long)seen.GetProperty("at").GetDouble();
        return at == 0 ? null : (at, seen.GetProperty("value").GetString() ?? string.Empty);
    }

    /// <summary>For a move not seen: the key's last changes (Unix ms), its value now and the messages on screen, as JSON.</summary>
    public async Task<string> TrailAsync(string key) =>
        (await Page.EvaluateAsync<JsonElement>("key => window.__lp.trail(key)", key)).GetRawText();

    /// <summary>The value of a watched key now.</summary>
    public Task<string?> ValueAsync(string key) => Page.EvaluateAsync<string?>("key => window.__lp.value(key)", key);

    /// <summary>Clicks the element and returns the moment (Unix ms, page clock) the click reached the page.</summary>
    public async Task<long> PressAsync(string selector)
    {
        await Page.EvaluateAsync("() => { window.__lp.pressedAt = 0; }");
        await Page.Locator(selector).ClickAsync(new() { Timeout = 30_000 });
        return (long)await Page.EvaluateAsync<double>("() => window.__lp.pressedAt");
    }
}
