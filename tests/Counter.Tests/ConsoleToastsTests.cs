using Microsoft.Extensions.DependencyInjection;
using MppQueue.Counter.Console;
using MppQueue.Counter.Tests.Support;
using MudBlazor;

namespace MppQueue.Counter.Tests;

/// <summary>The console's messages over a working day: information goes by itself, only what needs action stays.</summary>
public class ConsoleToastsTests : CounterTestBase
{
    [Fact]
    public void Show_InformationReplacesTheLastAndGoes_ARefusalStaysLonger_WhatNeedsActionStaysUntilClosed()
    {
        Render<MudSnackbarProvider>();
        var snackbar = Services.GetRequiredService<ISnackbar>();
        var toasts = new ConsoleToasts(snackbar);
        List<string> Shown() => [.. snackbar.ShownSnackbars.Select(s => s.Message ?? string.Empty)];

        toasts.Show(new ConsoleNotice("A001 dipanggil ke Loket 1.", Severity.Success));
        toasts.Show(new ConsoleNotice("Mulai melayani A001.", Severity.Info));
        Assert.Equal(["Mulai melayani A001."], Shown());
        toasts.Show(new ConsoleNotice("A002 harus dipanggil ulang dulu.", Severity.Warning));
        Assert.Equal(["Mulai melayani A001.", "A002 harus dipanggil ulang dulu."], Shown());

        Pass(TimeSpan.FromSeconds(4));
        Assert.Equal(["A002 harus dipanggil ulang dulu."], Shown());
        Pass(TimeSpan.FromSeconds(6));
        Assert.Empty(Shown());

        toasts.Show(new ConsoleNotice("Loket diambil alih oleh Dewi.", Severity.Error, NeedsAction: true));
        toasts.Show(new ConsoleNotice("Akun tidak aktif.", Severity.Error, NeedsAction: true));
        toasts.Show(new ConsoleNotice("Loket tidak aktif.", Severity.Error, NeedsAction: true));
        toasts.Show(new ConsoleNotice("A003 dipanggil ke Loket 1.", Severity.Success));
        Pass(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(2));

        Assert.Equal(["Akun tidak aktif.", "Loket tidak aktif."], Shown());
    }

    // The messages' timers run on the test's clock, one step after another as a browser's would.
    private void Pass(TimeSpan span, TimeSpan? step = null)
    {
        var by = step ?? TimeSpan.FromMilliseconds(100);
        for (var passed = TimeSpan.Zero; passed < span; passed += by)
        {
            Time.Advance(by);
        }
    }
}
