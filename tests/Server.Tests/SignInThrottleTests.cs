using Microsoft.Extensions.Time.Testing;
using MppQueue.Server.Auth;

namespace MppQueue.Server.Tests;

public class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7)));
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() => _throttle = new SignInThrottle(_clock, new SignInOptions());

    [Fact]
    public void Failed_FiveTimesForOneName_LocksThatNameForFiveMinutes()
    {
        for (var i = 0; i < 4; i++)
        {
            _throttle.Failed("petugas.samsat", "10.0.0.1");
        }

        Assert.Null(_throttle.Check("petugas.samsat", "10.0.0.1"));
        _throttle.Failed("Petugas.Samsat ", "10.0.0.1");

        var locked = _throttle.Check("petugas.samsat", "10.0.0.2");
        Assert.Equal(new SignInLock(ByAddress: false, TimeSpan.FromMinutes(5)), locked);
        Assert.Null(_throttle.Check("petugas.polres", "10.0.0.1"));
        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, _throttle.Check("petugas.samsat", null)?.Minutes);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(_throttle.Check("petugas.samsat", null));
    }

    [Fact]
    public void Failed_ManyNamesFromOneAddress_LocksTheAddress()
    {
        for (var i = 0; i < 20; i++)
        {
            _throttle.Failed("tebakan-" + i, "10.0.0.9");
        }

        Assert.Equal(new SignInLock(ByAddress: true, TimeSpan.FromMinutes(5)), _throttle.Check("petugas.samsat", "10.0.0.9"));
        Assert.Null(_throttle.Check("petugas.samsat", "10.0.0.1"));
    }

    [Fact]
    public void Succeeded_ClearsTheNamesCountButNotTheAddresss()
    {
        for (var i = 0; i < 4; i++)
        {
            _throttle.Failed("petugas.samsat", "10.0.0.1");
        }

        _throttle.Succeeded("petugas.samsat");
        _throttle.Failed("petugas.samsat", "10.0.0.1");

        Assert.Null(_throttle.Check("petugas.samsat", "10.0.0.1"));
    }

    [Fact]
    public void Failed_FarApart_AreTyposAndDoNotAddUp()
    {
        for (var i = 0; i < 8; i++)
        {
            _throttle.Failed("petugas.samsat", "10.0.0.1");
            _clock.Advance(TimeSpan.FromMinutes(20));
        }

        Assert.Null(_throttle.Check("petugas.samsat", "10.0.0.1"));
    }
}
