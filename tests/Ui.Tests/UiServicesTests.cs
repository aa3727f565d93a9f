using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace MppQueue.Ui.Tests;

public class UiServicesTests
{
    [Fact]
    public void PopoverService_WakesOnTheSlowDetachBeat_NotEveryHalfSecondOnEveryPage()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<IJSRuntime>(new NoJs()).AddUi();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PopoverOptions>>().Value;

        Assert.Equal(UiServiceCollectionExtensions.PopoverDetachDelay, options.QueueDelay);
        Assert.True(options.QueueDelay >= TimeSpan.FromSeconds(10), "MudBlazor's default of 0.5 s wakes every open page twice a second.");
    }

    private sealed class NoJs : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => throw new NotSupportedException();

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => throw new NotSupportedException();
    }
}
