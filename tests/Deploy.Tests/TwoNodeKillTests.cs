using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.PostgresTesting;
using MppQueue.Storage.Postgres;
using Xunit.Abstractions;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// Two published nodes on one PostgreSQL database behind nginx configured from deploy/nginx-mppqueue-two-nodes.conf,
/// and one node SIGKILLed in the middle of a morning: kiosks, each on an address of its own (as devices on a hall
/// network are), issue through nginx, and ten officers call and finish on real counter pages in Chromium, half through
/// nginx and half straight on the other node, while a zone screen in Chromium watches through nginx. Every browser page
/// connects from 127.0.0.1, so nginx sends all of them to one node: that node is the one killed, and its pages must come
/// back on the other by themselves. A kiosk whose request failed sends it again with the same idempotency key, as the
/// kiosk page does.
/// </summary>
[Collection(PublishedCollection.Name)]
public sealed class TwoNodeKillTests(PublishedServer published, ITestOutputHelper output)
{
    private const int Kiosks = 8;
    private const int TicketsPerKiosk = 15;
    private const string ScreenZone = "zona-1";
    private static readonly DateOnly ServiceDay = new(2026, 11, 23);

    // One desk of each of six agencies, signed in as the agency's demo officer, and the service the kiosks issue for
    // it. The even ones work through nginx (on the node that is killed), the odd ones straight on the other; the zone
    // screen's zone has desks on both. Six and not all ten agencies: every console is a Chromium page that paints each
    // of its moves, and this one test took a seventh of the whole suite's CPU with ten; six prove the same.
    private static readonly (string Agency, string Desk, string Service, string Zone)[] Desks =
    [
        ("disdukcapil", "loket-01", "ktp-el", "zona-1"),
        ("imigrasi", "loket-07", "paspor", "zona-1"),
        ("samsat", "loket-09", "pajak-kendaraan", "zona-1"),
        ("bpjs-kesehatan", "loket-18", "jkn-kepesertaan", "zona-2"),
        ("dpmptsp", "loket-22", "nib-oss", "zona-2"),
        ("kpp-pratama", "loket-28", "npwp", "zona-2"),
    ];

    [Fact]
    public async Task KiosksDesksAndAScreen_TheirNodeKilledMidway_EveryNumberOnceNoTicketCalledTwiceNoneLostAndPagesComeBack()
    {
        var phases = Stopwatch.StartNew();
        void Phase(string what) => output.WriteLine($"{phases.Elapsed.TotalSeconds,6:F1} s  {what}");

        var connectionString = PostgresTestServer.Shared.CreateDatabase("twonodes");
        using var database = new PostgresDatabase(connectionString);
        var store = new PostgresTicketStore(database);
        Assert.True(CatalogEditor.SeedIfEmpty(store, DemoMpp.Build(), Officers()));
        var registry = new ScreenRegistry(new PostgresDeviceStore(database), TimeProvider.System);
        var tokens = Enumerable.Range(1, Kiosks)
            .Select(i => registry.Register(new ScreenRegistration("Kiosk " + i.ToString(CultureInfo.InvariantCulture), ScreenZone, ScreenKind.Kiosk), store.LoadCatalog()!))
            .ToList();
        var wall = registry.Register(new ScreenRegistration("TV zona 1", ScreenZone), store.LoadCatalog()!);

        // Each device's rate is counted per node (docs/deploy.md); here only the burst of 15 taps must pass. Chromium
        // starts meanwhile.
        using var a = ServerNode.Start(published.PublishFolder, connectionString, "--MppQueue:Kiosk:IssueBurst=100");
        using var b = ServerNode.Start(published.PublishFolder, connectionString, "--MppQueue:Kiosk:IssueBurst=100");
        var launching = HallBrowser.LaunchAsync();
        await Task.WhenAll(a.WaitUntilHealthyAsync(), b.WaitUntilHealthyAsync());
        await using var nginx = await NginxFront.StartAsync(NginxFront.TwoNodeSite, [a.BaseAddress, b.BaseAddress]);
        await using var browser = await launching;
        Phase("two nodes, nginx and Chromium up");

        // The browser's pages all come from 127.0.0.1: the node nginx sends that address to is the one killed. Half the
        // kiosks on each node (nginx hashes each client's address, so find addresses it sends to each).
        var addresses = await AddressesByNodeAsync(nginx);
        var (doomed, survivor) = addresses.Single(n => n.Value.Contains(IPAddress.Loopback)).Key == a.BaseAddress.Port ? (a, b) : (b, a);
        var onDoomed = addresses.GetValueOrDefault(doomed.BaseAddress.Port, []).Where(x => !x.Equals(IPAddress.Loopback)).ToList();
        var onSurvivor = addresses.GetValueOrDefault(survivor.BaseAddress.Port, []);
        Assert.True(onDoomed.Count >= Kiosks / 2 && onSurvivor.Count >= Kiosks / 2, "nginx sent nearly every address to one node.");
        var kioskAddresses = onDoomed.Take(Kiosks / 2).Concat(onSurvivor.Take(Kiosks / 2)).ToList();

        // The kiosks issue a third of their tickets while the officers sign in, then wait until every desk on the node to
        // be killed has called someone (so that node worked before its death); the node is killed as they go on, with
        // requests of both in flight.
        var issued = 0;
        var thirdIssued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var desksWarm = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killedAt = DateTime.MaxValue;
        var killer = Task.Run(async () =>
        {
            await thirdIssued.Task;
            await desksWarm.Task;
            killedAt = DateTime.UtcNow;
            doomed.Kill();
            Phase("node killed");
        });
        var retries = 0;
        var kiosks = Task.WhenAll(Enumerable.Range(0, Kiosks).Select(async k =>
        {
            using var client = Client(nginx.Http, kioskAddresses[k]);
            var mine = new List<(string Key, string Number, string KioskId)>();
            for (var t = 0; t < TicketsPerKiosk; t++)
            {
                if (t == TicketsPerKiosk / 3)
                {
                    await desksWarm.Task;
                }

                var key = "kiosk" + k.ToString(CultureInfo.InvariantCulture) + "-tap" + t.ToString(CultureInfo.InvariantCulture);
                var service = Desks[((k * TicketsPerKiosk) + t) % Desks.Length].Service;
                (string Number, string KioskId, int Tries) answer;
                try
                {
                    answer = await IssueWithRetriesAsync(client, tokens[k].Token, service, key);
                }
                catch (Exception refused)
                {
                    // Everything else waits for the kiosks: let it all stop with the reason.
                    thirdIssued.TrySetException(refused);
                    desksWarm.TrySetException(refused);
                    throw;
                }

                Interlocked.Add(ref retries, answer.Tries - 1);
                mine.Add((key, answer.Number, answer.KioskId));
                if (Interlocked.Increment(ref issued) == Kiosks * (TicketsPerKiosk / 3))
                {
                    thirdIssued.TrySetResult();
                }

                await Task.Delay(100);
            }

            return mine;
        }));

        // The zone screen and the officers, each desk working as soon as its officer sits down.
        var screen = await browser.NewDeviceAsync(nginx.Http, 1920, 1080);
        await screen.GotoAsync("/display/" + ScreenZone + "?device=" + Uri.EscapeDataString(wall.Token));
        using var stop = new CancellationTokenSource();
        var working = new List<Task>();
        // Three officers sit down at a time: ten first page loads at once on two busy cores took over 30 s each in CI.
        using var seats = new SemaphoreSlim(3);
        var desks = await Task.WhenAll(Desks.Select(async (d, i) =>
        {
            var throughNginx = i % 2 == 0;
            // A small desk screen: Chromium paints every console on each of its moves, and at 1280×900 that cost a fifth more CPU.
            var page = await browser.NewDeviceAsync(throughNginx ? nginx.Http : survivor.BaseAddress, 1024, 640);
            CounterDesk desk;
            await seats.WaitAsync();
            try
            {
                desk = await CounterDesk.SitDownAsync(page, "petugas." + d.Agency, d.Desk, throughNginx);
            }
            finally
            {
                seats.Release();
            }

            lock (working)
            {
                working.Add(Task.Run(() => desk.WorkAsync(stop.Token)));
            }

            return desk;
        }));
        await screen.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = 30_000 });
        var desksOnDoomed = desks.Where(d => d.ThroughNginx).ToList();
        Phase("zone screen open and the officers at their desks (Chromium)");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!desksOnDoomed.All(d => d.Calls.Count > 0) && DateTime.UtcNow < deadline && !desksWarm.Task.IsCompleted)
        {
            await Task.Delay(100);
        }

        if (desksOnDoomed.All(d => d.Calls.Count > 0))
        {
            desksWarm.TrySetResult();
        }
        else
        {
            desksWarm.TrySetException(new TimeoutException(
                "The desks on the node to be killed did not all call someone: " + string.Join(", ", desksOnDoomed.Select(d => d.DeskId + " " + d.Calls.Count))));
        }

        // The zone screen, touched by nobody, must show a call made after the death (through the other node) within 30 s.
        await killer;
        var nowCalling = screen.Locator("[data-testid='display-now-number']");
        var zoneDesks = desks.Where(d => Desks.Single(x => x.Desk == d.DeskId).Zone == ScreenZone).ToList();
        var shownAt = DateTime.MaxValue;
        string? shown = null;
        while (shown is null && DateTime.UtcNow < killedAt.AddSeconds(45))
        {
            try
            {
                var text = (await nowCalling.InnerTextAsync(new() { Timeout = 1_000 })).Trim();
                if (zoneDesks.Any(d => d.Calls.TryGetValue(text, out var pressedAt) && pressedAt > killedAt))
                {
                    (shown, shownAt) = (text, DateTime.UtcNow);
                }
            }
            catch (Exception failed) when (failed is PlaywrightException or TimeoutException)
            {
                // Reloading onto the other node, or no call shown yet.
            }

            await Task.Delay(200);
        }

        Phase("zone screen showed a call made after the kill");
        var answers = await kiosks;
        Phase("kiosks done");
        while (!desksOnDoomed.All(d => d.CalledAfter(killedAt)) && DateTime.UtcNow < killedAt.AddSeconds(60))
        {
            await Task.Delay(200);
        }

        Phase("every desk of the killed node called again");
        await stop.CancelAsync();
        await Task.WhenAll(working);
        Phase("desks stopped");

        var all = answers.SelectMany(x => x).ToList();
        var tickets = store.LoadTickets(ServiceDay);
        var context = $"retries {retries}\nnode A:\n{a.Output}\nnode B:\n{b.Output}\nnginx:\n{nginx.ErrorLog()}";

        // No number twice, none skipped: each prefix numbered from 1 up, once each, and the database holds the same.
        foreach (var prefix in all.GroupBy(x => Prefix(x.Number)))
        {
            Assert.True(
                Enumerable.Range(1, prefix.Count()).SequenceEqual(prefix.Select(x => int.Parse(x.Number[prefix.Key.Length..], CultureInfo.InvariantCulture)).Order()),
                "Numbers: " + string.Join(' ', prefix.Select(x => x.Number).Order(StringComparer.Ordinal)) + "\n" + context);
        }

        // None lost, none issued twice by a retry: the database holds exactly the tickets the kiosks were given.
        var kioskIds = tokens.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(
            all.Select(x => x.Number + " " + x.KioskId).Order(StringComparer.Ordinal).ToArray(),
            tickets.Where(t => t.KioskId is { } id && kioskIds.Contains(id)).Select(t => t.Number + " " + t.KioskId).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(all.Count, tickets.Select(t => t.IdempotencyKey).Distinct(StringComparer.Ordinal).Count());

        // No ticket called twice, none lost: every ticket is still waiting, uncalled, or was called exactly once; and
        // each number a desk's page showed is a ticket the database has as called at that desk, and at no other.
        foreach (var ticket in tickets)
        {
            var calls = ticket.History.Where(m => m.Kind == MoveKind.Call).ToList();
            Assert.True(
                ticket.Status == TicketStatus.Waiting ? calls.Count == 0 : calls.Count == 1,
                $"{ticket.Number} is {ticket.Status} after {calls.Count} calls ({string.Join(", ", calls.Select(c => c.DeskId))}).\n{context}");
        }

        var calledAt = tickets.Where(t => t.Status != TicketStatus.Waiting).ToDictionary(t => t.Number.ToString(), t => t.History.Single(m => m.Kind == MoveKind.Call).DeskId, StringComparer.Ordinal);
        foreach (var desk in desks)
        {
            Assert.All(desk.Calls.Keys, number => Assert.Equal(desk.DeskId, calledAt.GetValueOrDefault(number)));
        }

        Assert.Equal(desks.Sum(d => d.Calls.Count), desks.SelectMany(d => d.Calls.Keys).Distinct(StringComparer.Ordinal).Count());
        output.WriteLine($"{all.Count} tickets issued ({retries} retries), {calledAt.Count} called: {desks.Count(d => d.ThroughNginx)} desks through nginx, {desks.Count(d => !d.ThroughNginx)} on the surviving node.");

        // Both nodes issued before the kill, and the killed node's kiosks were then served by the other.
        var log = nginx.AccessLog().Select(Parse).ToList();
        var issuedBy = log.Where(l => l.Status == 201).ToList();
        Assert.True(issuedBy.Count(l => l.Node == doomed.BaseAddress.Port) >= Kiosks / 2 * TicketsPerKiosk / 3, "The killed node issued too little before its kill.\n" + context);
        Assert.True(
            onDoomed.Take(Kiosks / 2).All(address => issuedBy.Any(l => l.Client.Equals(address) && l.Node == survivor.BaseAddress.Port)),
            $"The killed node's kiosks ({string.Join(' ', onDoomed.Take(Kiosks / 2))}) were not served by the other node.\n{string.Join('\n', nginx.AccessLog())}\n{context}");

        // The pages that were on the killed node came back on the other by themselves: each desk there called again,
        // and the screen showed a call made after the kill within 30 s, with nobody touching either.
        Assert.All(desksOnDoomed, d => Assert.True(d.CalledAfter(killedAt), $"{d.DeskId} (through nginx) called nobody after the kill.\n{context}"));
        Assert.True(shown is not null, "The zone screen never showed a call made after the kill.\n" + context);
        Assert.True(shownAt - killedAt < TimeSpan.FromSeconds(30), $"The zone screen showed {shown} {shownAt - killedAt} after the kill.");
        Assert.Contains(log, l => l.Node == survivor.BaseAddress.Port && l.Client.Equals(IPAddress.Loopback) && l.Path.StartsWith("/display/" + ScreenZone, StringComparison.Ordinal));
    }

    // The demo officers of the desks' agencies, with the demo password hashed as the server hashes it.
    private static IEnumerable<Officer> Officers()
    {
        var hasher = new PasswordHasher<Officer>();
        return DemoMpp.Officers()
            .Where(o => o.Role == OfficerRole.Officer && Desks.Any(d => d.Agency == o.AgencyId))
            .Select(o => o with { PasswordHash = hasher.HashPassword(o, CounterDesk.DemoPassword) });
    }

    private static string Prefix(string number) => new(number.TakeWhile(char.IsLetter).ToArray());

    // A tap, sent again while it fails (502 from nginx, a dropped connection) with the same idempotency key.
    private static async Task<(string Number, string KioskId, int Tries)> IssueWithRetriesAsync(HttpClient client, string deviceToken, string serviceId, string key)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/kiosk/tickets", UriKind.Relative))
                {
                    Content = JsonContent.Create(new { serviceId, idempotencyKey = key }),
                };
                request.Headers.Add("X-Device-Token", deviceToken);
                using var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    return (body.RootElement.GetProperty("number").GetString()!, body.RootElement.GetProperty("kioskId").GetString()!, tries);
                }

                Assert.True((int)response.StatusCode >= 500, $"{key}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException)
            {
                // The connection went with the node; try again.
            }

            Assert.True(tries < 50, key + " was never issued.");
            await Task.Delay(200);
        }
    }

    // Asks nginx's /healthz from loopback addresses 127.0.0.1 and up, and reads from its log which node each went to.
    private static async Task<Dictionary<int, List<IPAddress>>> AddressesByNodeAsync(NginxFront nginx)
    {
        for (var last = 1; last < 34; last++)
        {
            using var client = Client(nginx.Http, new IPAddress([127, 0, 0, (byte)last]));
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return nginx.AccessLog().Select(Parse)
            .GroupBy(l => l.Node)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Client).Distinct().ToList());
    }

    // A client whose connections leave from the given address, as a device of its own on the hall network.
    private static HttpClient Client(Uri baseAddress, IPAddress from) =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancel) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancel);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };

    // "127.0.0.5|127.0.0.1:41234, 127.0.0.1:41236|201|/api/kiosk/tickets": the client, the nodes nginx tried (the
    // last one answered; "-" for none), the status, the path.
    private static (IPAddress Client, int Node, int Status, string Path) Parse(string line)
    {
        var parts = line.Split('|');
        var node = parts[1].Split(", ")[^1];
        var port = node.LastIndexOf(':') is var colon and > 0 ? int.Parse(node[(colon + 1)..], CultureInfo.InvariantCulture) : -1;
        return (IPAddress.Parse(parts[0]), port, int.Parse(parts[2], CultureInfo.InvariantCulture), parts[3]);
    }
}
