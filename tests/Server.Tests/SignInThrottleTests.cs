using Microsoft.Extensions.Time.Testing;
using MppQueue.Server.Auth;

namespace MppQueue.Server.Tests;

public class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7)));
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() => _throttle = new SignInThrottle(_clock, new SignInOptions());

    [Fact]
    public void Failed_FiveTimesForOneNameFromOneAddress_LocksThatNameThereForFiveMinutesButNotElsewhere()
    {
        for (var i = 0; i < 4; i++)
        {
            _throttle.Failed("petugas.samsat", "10.0.0.1");
        }

        Assert.Null(_throttle.Check("petugas.samsat", "10.0.0.1"));
        _throttle.Failed("Petugas.Samsat ", "10.0.0.1");

        var locked = _throttle.Check("petugas.samsat", "10.0.0.1");
        Assert.Equal(new SignInLock(ByAddress: false, TimeSpan.FromMinutes(5)), locked);
        Assert.Null(_throttle.Check("petugas.samsat", "10.0.0.2"));
        Assert.Null(_throttle.Check("petugas.polres", "10.0.0.1"));
        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, _throttle.Check("PETUGAS.SAMSAT", "10.0.0.1")?.Minutes);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(_throttle.Check("petugas.samsat", "10.0.0.1"));
    }

    [Fact]
    public void Failed_KeepsGuessingAfterTheLock_LocksThePairAgainAfterFiveMore()
    {
        for (var i = 0; i < 5; i++)
        {
            _throttle.Failed("admin", "203.0.113.66");
        }

        _clock.Advance(TimeSpan.FromMinutes(5));
        for (var i = 0; i < 4; i++)
        {
            _throttle.Failed("admin", "203.0.113.66");
        }

        Assert.Null(_throttle.Check("admin", "203.0.113.66"));
        _throttle.Failed("admin", "203.0.113.66");
        Assert.Equal(new SignInLock(ByAddress: false, TimeSpan.FromMinutes(5)), _throttle.Check("admin", "203.0.113.66"));
    }

    [Fact]
    public void Failed_SpreadOverManyAddresses_SlowsTheAccountForTheFailingAddressesOnly()
    {
        for (var i = 0; i < 20; i++)
        {
            _throttle.Failed("admin", "198.51.100." + i);
        }

        // Each address failed once, far below its own limits: the account's count is what holds them now.
        Assert.Equal(new SignInLock(ByAddress: false, TimeSpan.FromMinutes(5)), _throttle.Check("admin", "198.51.100.3"));
        Assert.Null(_throttle.Check("admin", "10.0.0.5"));
        Assert.Null(_throttle.Check("petugas.samsat", "198.51.100.3"));

        // A fresh address gets its one try; once it fails it waits like the others, and the slow-down runs on.
        _clock.Advance(TimeSpan.FromMinutes(4));
        _throttle.Failed("admin", "198.51.100.200");
        Assert.Equal(5, _throttle.Check("admin", "198.51.100.200")?.Minutes);
        Assert.NotNull(_throttle.Check("admin", "198.51.100.3"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(_throttle.Check("admin", "198.51.100.3"));
    }

    [Fact]
    public void Failed_NineteenTimesSpreadOverAddresses_DoesNotSlowTheAccount()
    {
        for (var i = 0; i < 19; i++)
        {
            _throttle.Failed("admin", "198.51.100." + i);
        }

        Assert.Null(_throttle.Check("admin", "198.51.100.3"));
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

        _throttle.Succeeded("petugas.samsat", "10.0.0.1");
        _throttle.Failed("petugas.samsat", "10.0.0.1");

        Assert.Null(_throttle.Check("petugas.samsat", "10.0.0.1"));
    }

    [Fact]
    public void Succeeded_AfterManyNamesFailedFromTheAddress_StillLocksTheAddressAtItsLimit()
    {
        for (var i = 0; i < 19; i++)
        {
            _throttle.Failed("tebakan-" + i, "10.0.0.1");
        }

        _throttle.Succeeded("petugas.samsat", "10.0.0.1");
        _throttle.Failed("tebakan-19", "10.0.0.1");

        Assert.Equal(new SignInLock(ByAddress: true, TimeSpan.FromMinutes(5)), _throttle.Check("petugas.samsat", "10.0.0.1"));
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
