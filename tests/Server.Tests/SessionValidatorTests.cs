using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Auth;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>What a live page re-checks every few minutes (and every request checks): the account and the day.</summary>
public class SessionValidatorTests
{
    [Fact]
    public void IsValid_TodaysSessionOfAnActiveAccount_IsKept_AnythingChanged_IsNot()
    {
        using var factory = new MppQueueFactory();
        var validator = factory.Services.GetRequiredService<SessionValidator>();
        var store = factory.Services.GetRequiredService<IQueueStore>();
        var engine = factory.Engine;
        var officer = store.LoadOfficers().Single(o => o.Id == "petugas-samsat");

        Assert.True(validator.IsValid(OfficerClaims.Principal(officer, engine.Today)));
        Assert.False(validator.IsValid(OfficerClaims.Principal(officer, engine.Today.AddDays(-1))));
        Assert.False(validator.IsValid(OfficerClaims.Principal(officer with { Role = OfficerRole.Admin }, engine.Today)));
        Assert.False(validator.IsValid(OfficerClaims.Principal(officer with { AgencyId = "polres" }, engine.Today)));
        Assert.False(validator.IsValid(new System.Security.Claims.ClaimsPrincipal()));

        store.SaveOfficer(officer with { Active = false });
        Assert.False(validator.IsValid(OfficerClaims.Principal(officer, engine.Today)));
    }
}
