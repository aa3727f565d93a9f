using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MppQueue.Display.Components;

namespace MppQueue.Display.Tests;

/// <summary>How the server talks to screen.js, without rendering: answers pass, a page that is gone or silent answers nothing.</summary>
public class ScreenModuleTests
{
    private int _dispatched;

    [Fact]
    public async Task CallAsync_PageAnswers_ReturnsTheAnswerThroughTheCircuit()
    {
        var page = new PageModule((_, _) => Task.FromResult<object?>("ready"));

        var answer = await Module(page).CallAsync<string>("beat", new { }, CancellationToken.None);

        Assert.Equal("ready", answer);
        Assert.Equal(1, _dispatched);
        Assert.Equal(["beat"], page.Called);
    }

    [Fact]
    public async Task CallAsync_PageDisconnected_AnswersNothingInsteadOfThrowing()
    {
        var page = new PageModule((_, _) => throw new JSDisconnectedException("gone"));

        Assert.Null(await Module(page).CallAsync<string>("beat", new { }, CancellationToken.None));
    }

    [Fact]
    public async Task CallAsync_PageSilentPastTheTimeout_GivesUpWithoutAnAnswer()
    {
        var page = new PageModule(async (_, stop) =>
        {
            await Task.Delay(Timeout.Infinite, stop);
            return "late";
        });

        var call = Module(page).CallAsync<string>("beat", new { }, CancellationToken.None, timeout: TimeSpan.FromMilliseconds(50));

        Assert.Same(call, await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Null(await call);
    }

    [Fact]
    public async Task CallAsync_FailureThatIsNotAGonePage_IsNotHidden()
    {
        var page = new PageModule((_, _) => throw new FormatException("bug"));

        await Assert.ThrowsAsync<FormatException>(() => Module(page).CallAsync<string>("beat", new { }, CancellationToken.None));
    }

    [Fact]
    public async Task DisposeAsync_PageThere_TellsItToStopAndLetsTheModuleGo()
    {
        var page = new PageModule((_, _) => Task.FromResult<object?>(null));

        await Module(page).DisposeAsync();

        Assert.Equal(["stop"], page.Called);
        Assert.True(page.Disposed);
    }

    [Fact]
    public async Task DisposeAsync_PageAlreadyGone_DoesNotThrow()
    {
        var page = new PageModule((_, _) => throw new JSDisconnectedException("gone"));

        await Module(page).DisposeAsync();

        Assert.Equal(["stop"], page.Called);
    }

    private ScreenModule Module(IJSObjectReference page) => new(page, work =>
    {
        _dispatched++;
        return work();
    }, NullLogger.Instance);

    private sealed class PageModule(Func<string, CancellationToken, Task<object?>> answer) : IJSObjectReference
    {
        public List<string> Called { get; } = [];

        public bool Disposed { get; private set; }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public async ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            Called.Add(identifier);
            return (TValue)(await answer(identifier, cancellationToken))!;
        }

        public ValueTask<IJSObjectReference> InvokeConstructorAsync(string identifier, object?[]? args) => throw new NotSupportedException();

        public ValueTask<IJSObjectReference> InvokeConstructorAsync(string identifier, CancellationToken cancellationToken, object?[]? args) => throw new NotSupportedException();

        public ValueTask<TValue> GetValueAsync<TValue>(string identifier) => throw new NotSupportedException();

        public ValueTask<TValue> GetValueAsync<TValue>(string identifier, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask SetValueAsync<TValue>(string identifier, TValue value) => throw new NotSupportedException();

        public ValueTask SetValueAsync<TValue>(string identifier, TValue value, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
