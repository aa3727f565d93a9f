using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Server.Auth;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// Signing in with the stored, hashed passwords; the throttle; and the session's end (disabled, new password, midnight).
/// The tests that sign in rightly, or get one wrong password each (far below any lock), and the one that reads the seeded
/// accounts share one started server; those that lock, disable, add or change an account start their own.
/// </summary>
public class SignInTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task SignIn_DemoAccount_GoesToTheCounterWithASessionCookie()
    {
        var factory = host.Factory;
        using var client = Accounts.Client(factory);

        using var response = await Accounts.PostSignInAsync(client, "petugas.disdukcapil", Accounts.DemoPassword, returnUrl: "/counter/loket-02");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/counter/loket-02"), response.Headers.Location);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mppqueue.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("//evil.example/counter")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task SignIn_ForeignReturnAddress_GoesToTheCounterInstead(string returnUrl)
    {
        var factory = host.Factory;
        using var client = Accounts.Client(factory);

        using var response = await Accounts.PostSignInAsync(client, "petugas.disdukcapil", Accounts.DemoPassword, returnUrl);

        Assert.Equal(new Uri("http://localhost/counter"), response.Headers.Location);
    }

    [Fact]
    public async Task SignIn_WrongPassword_OrUnknownName_SaysTheSameInIndonesian()
    {
        var factory = host.Factory;
        using var client = Accounts.Client(factory);

        using var wrong = await Accounts.PostSignInAsync(client, "petugas.disdukcapil", "salah");
        using var unknown = await Accounts.PostSignInAsync(client, "siapa.saja", "salah");

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(wrong.Headers.Contains("Set-Cookie") && wrong.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("mppqueue.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheNameForMinutesEvenWithTheRightPassword()
    {
        using var factory = new MppQueueFactory();
        using var client = Accounts.Client(factory);
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await Accounts.PostSignInAsync(client, "petugas.samsat", "salah-" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var fifth = await Accounts.PostSignInAsync(client, "PETUGAS.SAMSAT", "salah");
        using var right = await Accounts.PostSignInAsync(client, "petugas.samsat", Accounts.DemoPassword);
        using var other = await Accounts.PostSignInAsync(client, "petugas.polres", Accounts.DemoPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("Terlalu banyak percobaan yang salah untuk akun ini. Coba lagi dalam 5 menit.", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, other.StatusCode);
    }

    [Fact]
    public void SignIn_AttackerAddressFailsForAdmin_AdminStillSignsInFromAnotherAddress()
    {
        using var factory = new MppQueueFactory();
        var signIn = factory.Services.GetRequiredService<OfficerSignIn>();

        var attacker = Enumerable.Range(0, 10).Select(i => signIn.Attempt("admin", "tebakan-" + i, "203.0.113.66").Outcome).ToList();
        var admin = signIn.Attempt("admin", Accounts.DemoPassword, "10.0.0.5");
        var attackerWithTheRightPassword = signIn.Attempt("admin", Accounts.DemoPassword, "203.0.113.66");

        Assert.Equal(SignInOutcome.Success, admin.Outcome);
        Assert.Equal(SignInOutcome.Locked, attacker[4]);
        Assert.All(attacker.Skip(4), outcome => Assert.Equal(SignInOutcome.Locked, outcome));
        Assert.Equal(SignInOutcome.Locked, attackerWithTheRightPassword.Outcome);
    }

    [Fact]
    public void SignIn_GuessSpreadOverManyAddresses_SlowsOnlyTheGuessingAddresses()
    {
        using var factory = new MppQueueFactory();
        var signIn = factory.Services.GetRequiredService<OfficerSignIn>();
        Assert.Equal(SignInOutcome.Success, signIn.Attempt("admin", Accounts.DemoPassword, "10.0.0.5").Outcome);

        var guesses = Enumerable.Range(0, 40).Select(i => signIn.Attempt("admin", "tebakan-" + i, "198.51.100." + i).Outcome).ToList();
        var guesserAgain = signIn.Attempt("admin", Accounts.DemoPassword, "198.51.100.7");
        var fromKnownAddress = signIn.Attempt("admin", Accounts.DemoPassword, "10.0.0.5");
        var fromFreshAddress = signIn.Attempt("admin", Accounts.DemoPassword, "10.0.0.77");

        Assert.Equal(SignInOutcome.Locked, guesserAgain.Outcome);
        Assert.Equal(SignInOutcome.Success, fromKnownAddress.Outcome);
        Assert.Equal(SignInOutcome.Success, fromFreshAddress.Outcome);
        Assert.Equal(40, guesses.Count(g => g is SignInOutcome.Wrong or SignInOutcome.Locked));
    }

    [Fact]
    public async Task SignIn_DisabledAccount_RightPassword_SaysItIsDisabled()
    {
        using var factory = new MppQueueFactory();
        var store = factory.Services.GetRequiredService<IQueueStore>();
        store.SaveOfficer(store.LoadOfficers().Single(o => o.Id == "petugas-polres") with { Active = false });
        using var client = Accounts.Client(factory);

        using var response = await Accounts.PostSignInAsync(client, "petugas.polres", Accounts.DemoPassword);

        Assert.Contains("Akun ini dinonaktifkan. Hubungi admin MPP.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AccountWithoutAPassword_CannotSignIn()
    {
        using var factory = new MppQueueFactory();
        factory.Services.GetRequiredService<IQueueStore>().SaveOfficer(new Officer
        {
            Id = "baru", UserName = "petugas.baru", DisplayName = "Petugas Baru", Role = OfficerRole.Officer, AgencyId = "samsat",
        });
        using var client = Accounts.Client(factory);

        using var response = await Accounts.PostSignInAsync(client, "petugas.baru", "apa-saja");

        Assert.Contains("Nama pengguna atau kata sandi salah.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_AccountDisabledWhileSignedIn_EndsAtTheNextRequest()
    {
        using var factory = new MppQueueFactory();
        using var client = await Accounts.SignedInAsync(factory, "petugas.samsat");
        using var before = await client.GetAsync("/counter");
        var store = factory.Services.GetRequiredService<IQueueStore>();

        store.SaveOfficer(store.LoadOfficers().Single(o => o.Id == "petugas-samsat") with { Active = false });
        using var after = await client.GetAsync("/counter");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.StartsWith("/account/signin", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_PasswordChangedElsewhere_EndsTheOldSession()
    {
        using var factory = new MppQueueFactory();
        using var client = await Accounts.SignedInAsync(factory, "petugas.samsat");
        var store = factory.Services.GetRequiredService<IQueueStore>();
        var hasher = factory.Services.GetRequiredService<IPasswordHasher<Officer>>();
        var officer = store.LoadOfficers().Single(o => o.Id == "petugas-samsat");

        store.SaveOfficer(officer with { PasswordHash = hasher.HashPassword(officer, "kata-sandi-baru") });
        using var after = await client.GetAsync("/counter");

        Assert.StartsWith("/account/signin", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_AtLocalMidnight_Ends()
    {
        using var factory = new MppQueueFactory();
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(MppQueueFactory.OpenMonday, System.Globalization.CultureInfo.InvariantCulture));
        using var app = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var client = await Accounts.SignedInAsync(app, "petugas.samsat");
        clock.Advance(TimeSpan.FromHours(14.9));
        using var evening = await client.GetAsync("/counter");

        clock.Advance(TimeSpan.FromHours(0.2));
        using var afterMidnight = await client.GetAsync("/counter");

        Assert.Equal(HttpStatusCode.OK, evening.StatusCode);
        Assert.Equal(HttpStatusCode.Found, afterMidnight.StatusCode);
        Assert.StartsWith("/account/signin", afterMidnight.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_DemoAccounts_HaveTheDemoPasswordHashed()
    {
        var factory = host.Factory;
        var hasher = factory.Services.GetRequiredService<IPasswordHasher<Officer>>();

        var officers = factory.Services.GetRequiredService<IQueueStore>().LoadOfficers();

        Assert.Equal(DemoMpp.Officers().Count, officers.Count);
        Assert.All(officers, o =>
        {
            Assert.DoesNotContain(Accounts.DemoPassword, o.PasswordHash, StringComparison.Ordinal);
            Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(o, o.PasswordHash, Accounts.DemoPassword));
        });
    }
}
