using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using MppQueue.ComponentTesting;
using MppQueue.Kiosk.Board;

namespace MppQueue.Kiosk.Tests;

/// <summary>phone.js from the server without rendering: a call that runs, and a phone that cannot run it let go.</summary>
public class PhoneScriptTests : ComponentTestBase
{
    private const string Script = "./_content/MppQueue.Kiosk/phone.js";

    [Fact]
    public async Task CallAsync_PhoneRunsIt_InvokesTheFunctionOnce()
    {
        var module = JSInterop.SetupModule(Script);
        module.SetupVoid("alert").SetVoidResult();

        Assert.True(await PhoneScript.CallAsync(Services.GetRequiredService<IJSRuntime>(), Script, "alert"));

        module.VerifyInvoke("alert", calledTimes: 1);
    }

    [Theory]
    [InlineData("js")]
    [InlineData("disconnected")]
    [InlineData("timeout")]
    public async Task CallAsync_PhoneCannotRunIt_LetsGoWithoutThrowing(string failure)
    {
        var module = JSInterop.SetupModule(Script);
        var alert = module.SetupVoid("alert");
        switch (failure)
        {
            case "js":
                alert.SetException(new JSException("no module"));
                break;
            case "disconnected":
                alert.SetException(new JSDisconnectedException("gone"));
                break;
            default:
                alert.SetCanceled();
                break;
        }

        Assert.False(await PhoneScript.CallAsync(Services.GetRequiredService<IJSRuntime>(), Script, "alert"));
    }
}
