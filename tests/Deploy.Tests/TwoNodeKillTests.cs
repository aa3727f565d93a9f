using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using MppQueue.Core;
using MppQueue.PostgresTesting;
using MppQueue.Storage.Postgres;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// Two published nodes on one PostgreSQL database behind nginx configured from deploy/nginx-mppqueue-two-nodes.conf;
/// kiosks, each on an address of its own (as devices on a hall network are), issue through nginx while one node is
/// SIGKILLed. A kiosk whose request failed sends it again with the same idempotency key, as the kiosk page does.
/// </summary>
[Collection(PublishedCollection.Name)]
public sealed class TwoNodeKillTests(PublishedServer published)
{
    private const int Kiosks = 8;
    private const int TicketsPerKiosk = 15;
    private const string ServiceId = "ktp-el";
    private static readonly DateOnly ServiceDay = new(2026, 11, 23);

    [Fact]
    public async Task KioskIssuing_OneNodeKilledMidway_EveryTicketOnceConsecutiveAndInTheDatabase()
    {
        var connectionString = PostgresTestServer.Shared.CreateDatabase("twonodes");
        using var database = new PostgresDatabase(connectionString);
        var store = new PostgresTicketStore(database);
        Assert.True(CatalogEditor.SeedIfEmpty(store, DemoMpp.Build()));
        var registry = new ScreenRegistry(new PostgresDeviceStore(database), TimeProvider.System);
        var tokens = Enumerable.Range(1, Kiosks)
            .Select(i => registry.Register(new ScreenRegistration("Kiosk " + i.ToString(CultureInfo.InvariantCulture), "zona-1", ScreenKind.Kiosk), store.LoadCatalog()!))
            .ToList();

        // Each device's rate is counted per node (docs/deploy.md); here only the burst of 15 taps must pass.
        using var a = ServerNode.Start(published.PublishFolder, connectionString, "--MppQueue:Kiosk:IssueBurst=100");
        using var b = ServerNode.Start(published.PublishFolder, connectionString, "--MppQueue:Kiosk:IssueBurst=100");
        await Task.WhenAll(a.WaitUntilHealthyAsync(), b.WaitUntilHealthyAsync());
        await using var nginx = await NginxFront.StartAsync(NginxFront.TwoNodeSite, [a.BaseAddress, b.BaseAddress]);

        // Half the kiosks on each node: nginx hashes each client's address, so find addresses it sends to each.
        var addresses = await AddressesByNodeAsync(nginx);
        var onA = addresses.GetValueOrDefault(a.BaseAddress.Port, []);
        var onB = addresses.GetValueOrDefault(b.BaseAddress.Port, []);
        Assert.True(onA.Count >= Kiosks / 2 && onB.Count >= Kiosks / 2, "nginx sent nearly every address to one node.");
        var kioskAddresses = onA.Take(Kiosks / 2).Concat(onB.Take(Kiosks / 2)).ToList();

        // Node A is killed when its kiosks are a third of the way: a cold node answers its first tickets later than a
        // warm one, so counting all kiosks could kill it before it issued any.
        var issuedOnA = 0;
        var killAt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killer = Task.Run(async () =>
        {
            await killAt.Task;
            a.Kill();
        });
        var retries = 0;
        var answers = await Task.WhenAll(Enumerable.Range(0, Kiosks).Select(async k =>
        {
            using var client = Client(nginx.Http, kioskAddresses[k]);
            var mine = new List<(string Key, string Number, string KioskId)>();
            for (var t = 0; t < TicketsPerKiosk; t++)
            {
                var key = "kiosk" + k.ToString(CultureInfo.InvariantCulture) + "-tap" + t.ToString(CultureInfo.InvariantCulture);
                var (number, kioskId, tries) = await IssueWithRetriesAsync(client, tokens[k].Token, key);
                Interlocked.Add(ref retries, tries - 1);
                mine.Add((key, number, kioskId));
                if (k < Kiosks / 2 && Interlocked.Increment(ref issuedOnA) == Kiosks / 2 * TicketsPerKiosk / 3)
                {
                    killAt.SetResult();
                }
            }

            return mine;
        }));
        await killer;

        var all = answers.SelectMany(x => x).ToList();
        var context = $"retries {retries}\nnode A:\n{a.Output}\nnode B:\n{b.Output}\nnginx:\n{nginx.ErrorLog()}";

        // No number twice, none skipped: A001 to A120 once each.
        Assert.True(
            Enumerable.Range(1, Kiosks * TicketsPerKiosk).SequenceEqual(all.Select(x => int.Parse(x.Number[1..], CultureInfo.InvariantCulture)).Order()),
            "Numbers: " + string.Join(' ', all.Select(x => x.Number).Order(StringComparer.Ordinal)) + "\n" + context);

        // None lost, none issued twice by a retry: the database holds exactly the tickets the kiosks were given.
        var kioskIds = tokens.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var stored = store.LoadTickets(ServiceDay).Where(t => t.KioskId is { } id && kioskIds.Contains(id)).ToList();
        Assert.Equal(
            all.Select(x => x.Number + " " + x.KioskId).Order(StringComparer.Ordinal).ToArray(),
            stored.Select(t => t.Number + " " + t.KioskId).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(all.Count, stored.Select(t => t.IdempotencyKey).Distinct(StringComparer.Ordinal).Count());

        // Both nodes issued before the kill, and the killed node's kiosks were then served by the other.
        var issuedBy = nginx.AccessLog().Select(Parse).Where(l => l.Status == 201).ToList();
        Assert.True(issuedBy.Count(l => l.Node == a.BaseAddress.Port) >= Kiosks / 2 * TicketsPerKiosk / 3, "Node A issued too little before its kill.\n" + context);
        Assert.True(
            onA.Take(Kiosks / 2).All(address => issuedBy.Any(l => l.Client.Equals(address) && l.Node == b.BaseAddress.Port)),
            $"The killed node's kiosks ({string.Join(' ', onA.Take(Kiosks / 2))}) were not served by the other node.\n{string.Join('\n', nginx.AccessLog())}\n{context}");
    }

    // A tap, sent again while it fails (502 from nginx, a dropped connection) with the same idempotency key.
    private static async Task<(string Number, string KioskId, int Tries)> IssueWithRetriesAsync(HttpClient client, string deviceToken, string key)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/kiosk/tickets", UriKind.Relative))
                {
                    Content = JsonContent.Create(new { serviceId = ServiceId, idempotencyKey = key }),
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

    // Asks nginx's /healthz from loopback addresses 127.0.0.2 and up, and reads from its log which node each went to.
    private static async Task<Dictionary<int, List<IPAddress>>> AddressesByNodeAsync(NginxFront nginx)
    {
        for (var last = 2; last < 34; last++)
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
    // last one answered; "-" for none), the status.
    private static (IPAddress Client, int Node, int Status) Parse(string line)
    {
        var parts = line.Split('|');
        var node = parts[1].Split(", ")[^1];
        var port = node.LastIndexOf(':') is var colon and > 0 ? int.Parse(node[(colon + 1)..], CultureInfo.InvariantCulture) : -1;
        return (IPAddress.Parse(parts[0]), port, int.Parse(parts[2], CultureInfo.InvariantCulture));
    }
}
