using Bunit;
using MppQueue.Counter.Components;
using MppQueue.Counter.Console;
using MppQueue.Counter.Tests.Support;
using MudBlazor;

namespace MppQueue.Counter.Tests;

/// <summary>The console's messages over a working day: information goes by itself, only what needs action stays.</summary>
public class ConsoleToastsTests : CounterTestBase
{
    [Fact]
    public void Show_InformationReplacesTheLast_ARefusalStaysBesideIt_AndBothGoByThemselves()
    {
        var toasts = new ConsoleToasts();

        toasts.Show(new ConsoleNotice("A001 dipanggil ke Loket 1.", Severity.Success));
        toasts.Show(new ConsoleNotice("Mulai melayani A001.", Severity.Info));
        Assert.Equal(["Mulai melayani A001."], Texts(toasts));
        toasts.Show(new ConsoleNotice("A002 harus dipanggil ulang dulu.", Severity.Warning));
        toasts.Show(new ConsoleNotice("Selesai: A001.", Severity.Success));

        // In the order they came, the newest nearest the corner; each goes by itself after its own time, a refusal later.
        Assert.Equal(["A002 harus dipanggil ulang dulu.", "Selesai: A001."], Texts(toasts));
        Assert.Equal([ConsoleToasts.RefusalMilliseconds, ConsoleToasts.InformationMilliseconds], toasts.Shown.Select(t => t.Milliseconds));
        Assert.True(ConsoleToasts.RefusalMilliseconds > ConsoleToasts.InformationMilliseconds);
    }

    [Fact]
    public void Show_WhatNeedsAction_StaysUntilClosed_TwoAtMost_TheSameTextOnce()
    {
        var toasts = new ConsoleToasts();

        toasts.Show(new ConsoleNotice("Loket diambil alih oleh Dewi.", Severity.Error, NeedsAction: true));
        toasts.Show(new ConsoleNotice("Akun tidak aktif.", Severity.Error, NeedsAction: true));
        toasts.Show(new ConsoleNotice("Loket tidak aktif.", Severity.Error, NeedsAction: true));
        toasts.Show(new ConsoleNotice("Akun tidak aktif.", Severity.Error, NeedsAction: true));
        toasts.Show(new ConsoleNotice("A003 dipanggil ke Loket 1.", Severity.Success));

        Assert.Equal(["Loket tidak aktif.", "Akun tidak aktif.", "A003 dipanggil ke Loket 1."], Texts(toasts));
        Assert.Equal([null, null, ConsoleToasts.InformationMilliseconds], toasts.Shown.Select(t => t.Milliseconds));

        toasts.Close(toasts.Shown[0].Id);
        toasts.Close(toasts.Shown[^1].Id);
        toasts.Close(12345);
        Assert.Equal(["Akun tidak aktif."], Texts(toasts));
    }

    [Fact]
    public void Show_TheSameInformationAgain_IsANewMessage_SoItShowsAgain()
    {
        var toasts = new ConsoleToasts();
        toasts.Show(new ConsoleNotice("Tidak ada antrian yang menunggu.", Severity.Info));
        var first = toasts.Shown.Single();

        toasts.Show(new ConsoleNotice("Tidak ada antrian yang menunggu.", Severity.Info));
        toasts.Show(new ConsoleNotice("  ", Severity.Info));

        Assert.NotEqual(first.Id, toasts.Shown.Single().Id);
    }

    [Fact]
    public void Stack_ShowsEachMessageWithItsTimeAndAClose_RefusalsAsAlerts()
    {
        var toasts = new ConsoleToasts();
        toasts.Show(new ConsoleNotice("A002 harus dipanggil ulang dulu.", Severity.Warning));
        toasts.Show(new ConsoleNotice("A001 dipanggil ke Loket 1.", Severity.Success));
        var closed = new List<long>();

        var cut = Render<ConsoleToastStack>(p => p
            .Add(x => x.Toasts, toasts)
            .Add(x => x.OnClose, id => closed.Add(id)));

        Assert.Equal("polite", cut.Find("[data-testid='console-toasts']").GetAttribute("aria-live"));
        var shown = cut.FindAll("[data-testid='console-toast']");
        Assert.Equal(2, shown.Count);
        Assert.Equal("alert", shown[0].GetAttribute("role"));
        Assert.Contains("counter-toast-fleeting", shown[0].ClassList);
        Assert.Equal("--counter-toast-ms: 8000ms", shown[0].GetAttribute("style"));
        Assert.Null(shown[1].GetAttribute("role"));
        Assert.Equal("--counter-toast-ms: 3000ms", shown[1].GetAttribute("style"));
        Assert.Equal("Tutup pesan", cut.FindAll("[data-testid='console-toast-close']")[1].GetAttribute("aria-label"));

        cut.FindAll("[data-testid='console-toast-close']")[1].Click();
        Assert.Equal([toasts.Shown[1].Id], closed);
    }

    [Fact]
    public void Stack_WhatNeedsAction_HasNoTimeAndIsAnAlert()
    {
        var toasts = new ConsoleToasts();
        toasts.Show(new ConsoleNotice("Loket diambil alih oleh Dewi.", Severity.Error, NeedsAction: true));

        var cut = Render<ConsoleToastStack>(p => p.Add(x => x.Toasts, toasts));

        var toast = cut.Find("[data-testid='console-toast']");
        Assert.Equal("alert", toast.GetAttribute("role"));
        Assert.DoesNotContain("counter-toast-fleeting", toast.ClassList);
        Assert.Null(toast.GetAttribute("style"));
    }

    private static List<string> Texts(ConsoleToasts toasts) => [.. toasts.Shown.Select(t => t.Message)];
}
