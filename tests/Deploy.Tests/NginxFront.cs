using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// Debian's nginx in front of the published server, configured from the site and snippet in deploy/ as docs/deploy.md
/// installs them, with the HTTPS block switched on (a self-signed certificate made for the run). Only what cannot be
/// the same on a test machine is changed: the listening ports, the upstream's port, the certificate's and snippet's
/// paths, and nginx's own files in a temporary folder, so that it runs beside anything else on the machine.
/// </summary>
public sealed partial class NginxFront : IAsyncDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";

    /// <summary>The site of one node (deploy/).</summary>
    public const string OneNodeSite = "nginx-mppqueue.conf";

    /// <summary>The site of two nodes on one database (deploy/).</summary>
    public const string TwoNodeSite = "nginx-mppqueue-two-nodes.conf";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "mppqueue-nginx-tests", Guid.NewGuid().ToString("N"));
    private Process? _process;
    private string? _certificateHash;

    private NginxFront()
    {
    }

    /// <summary>nginx's plain HTTP server block.</summary>
    public Uri Http { get; private set; } = null!;

    /// <summary>nginx's HTTPS server block.</summary>
    public Uri Https { get; private set; } = null!;

    public static Task<NginxFront> StartAsync(Uri upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        return StartAsync(OneNodeSite, [upstream]);
    }

    /// <summary>nginx with the given site of deploy/, its upstream's servers (in order) replaced by these.</summary>
    public static async Task<NginxFront> StartAsync(string site, IReadOnlyList<Uri> upstreams)
    {
        ArgumentNullException.ThrowIfNull(upstreams);
        Assert.True(File.Exists(NginxPath), "nginx is missing: apt-get install -y nginx (scripts/test.sh installs it)");
        var front = new NginxFront();
        try
        {
            await front.StartCoreAsync(site, upstreams);
            return front;
        }
        catch
        {
            await front.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client that trusts the run's self-signed certificate (and no other) and shows redirects instead of following them.</summary>
    public HttpClient CreateClient(Uri baseAddress, bool decompress = true) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = decompress ? DecompressionMethods.All : DecompressionMethods.None,
            SslOptions = { RemoteCertificateValidationCallback = IsOwnCertificate },
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Whether the server presented the certificate made for this run: trusted by its hash, as a pinned one is.</summary>
    public bool IsOwnCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is not null && string.Equals(certificate.GetCertHashString(), _certificateHash, StringComparison.OrdinalIgnoreCase);

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>What nginx wrote to its error log, for a failing assertion's message.</summary>
    public string ErrorLog()
    {
        var path = Path.Combine(_root, "error.log");
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    /// <summary>What nginx logged of each request: the client's address, the node that answered, the status and the path.</summary>
    public IReadOnlyList<string> AccessLog()
    {
        var path = Path.Combine(_root, "access.log");
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }

    private async Task StartCoreAsync(string site, IReadOnlyList<Uri> upstreams)
    {
        Directory.CreateDirectory(Path.Combine(_root, "temp"));

        // The workers run as nobody when nginx is started by root; they read nothing of ours but write their buffers here.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(_root, "temp"), (UnixFileMode)0x1FF);
        }

        await MakeCertificateAsync();
        var httpPort = Machine.FreePort();
        var httpsPort = Machine.FreePort();
        Http = new Uri("http://127.0.0.1:" + httpPort + "/");
        Https = new Uri("https://127.0.0.1:" + httpsPort + "/");
        var configuration = Path.Combine(_root, "nginx.conf");
        await File.WriteAllTextAsync(configuration, Configuration(site, upstreams, httpPort, httpsPort));

        var test = await Machine.RunAsync(NginxPath, ["-t", "-p", _root, "-e", Path.Combine(_root, "error.log"), "-c", configuration], TimeSpan.FromSeconds(30));
        Assert.True(test.ExitCode == 0, "nginx -t refused the deploy/ configuration:\n" + test.Output);

        var start = new ProcessStartInfo(NginxPath) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", _root, "-e", Path.Combine(_root, "error.log"), "-c", configuration, "-g", "daemon off; master_process on;" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        await WaitUntilListeningAsync(httpPort);
        await WaitUntilListeningAsync(httpsPort);
    }

    // The installed site with its HTTPS block uncommented, inside the http block nginx.conf would give it.
    private string Configuration(string siteFile, IReadOnlyList<Uri> upstreams, int httpPort, int httpsPort)
    {
        var deploy = Path.Combine(Machine.RepositoryRoot(), "deploy");
        var site = File.ReadAllText(Path.Combine(deploy, siteFile));
        var https = site.IndexOf("# server {", StringComparison.Ordinal);
        Assert.True(https > 0, "deploy/nginx-mppqueue.conf has no commented HTTPS block.");
        site = site[..https] + CommentMark().Replace(site[https..], string.Empty);

        var servers = UpstreamServer().Matches(site);
        Assert.True(servers.Count == upstreams.Count, $"deploy/{siteFile} has {servers.Count} upstream servers, not {upstreams.Count}.");
        for (var i = servers.Count - 1; i >= 0; i--)
        {
            site = site[..servers[i].Groups["address"].Index] + "127.0.0.1:" + upstreams[i].Port + site[(servers[i].Groups["address"].Index + servers[i].Groups["address"].Length)..];
        }

        site = Replace(site, "listen 80;", "listen 127.0.0.1:" + httpPort + ";");
        site = Replace(site, "listen [::]:80;", string.Empty);
        site = Replace(site, "listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;");
        site = Replace(site, "listen [::]:443 ssl http2;", string.Empty);
        site = Replace(site, "/etc/letsencrypt/live/mpp.example.go.id/fullchain.pem", Path.Combine(_root, "cert.pem"));
        site = Replace(site, "/etc/letsencrypt/live/mpp.example.go.id/privkey.pem", Path.Combine(_root, "key.pem"));
        site = site.Replace("/etc/nginx/snippets/mppqueue-proxy.conf", Path.Combine(_root, "mppqueue-proxy.conf"), StringComparison.Ordinal);

        // nginx listens on a port of its own here, not on 80 or 443, and "$host" has no port: the server would make its
        // absolute addresses (a Blazor page's redirect after signing in) without it. The host as the client sent it, port
        // included, is what "$host" is on the standard ports.
        File.WriteAllText(
            Path.Combine(_root, "mppqueue-proxy.conf"),
            Replace(File.ReadAllText(Path.Combine(deploy, "nginx-mppqueue-proxy.conf")), "proxy_set_header Host $host;", "proxy_set_header Host $http_host;"));

        var temp = Path.Combine(_root, "temp");
        var text = new StringBuilder();
        text.AppendLine("pid " + Path.Combine(_root, "nginx.pid") + ";");
        text.AppendLine("worker_processes 1;");
        text.AppendLine("events { worker_connections 256; }");
        text.AppendLine("http {");
        text.AppendLine("    log_format nodes '$remote_addr|$upstream_addr|$status|$request_uri';");
        text.AppendLine("    access_log " + Path.Combine(_root, "access.log") + " nodes;");
        foreach (var kind in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            text.AppendLine("    " + kind + "_temp_path " + Path.Combine(temp, kind) + ";");
        }

        text.AppendLine(site);
        text.AppendLine("}");
        return text.ToString();
    }

    private static string Replace(string text, string what, string with)
    {
        Assert.True(text.Contains(what, StringComparison.Ordinal), "deploy/nginx-mppqueue.conf no longer has \"" + what + "\".");
        return text.Replace(what, with, StringComparison.Ordinal);
    }

    private async Task MakeCertificateAsync()
    {
        var made = await Machine.RunAsync("openssl",
        [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-keyout", Path.Combine(_root, "key.pem"), "-out", Path.Combine(_root, "cert.pem"),
        ], TimeSpan.FromSeconds(60));
        Assert.True(made.ExitCode == 0, "openssl could not make a certificate:\n" + made.Output);
        using var certificate = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(Path.Combine(_root, "cert.pem")));
        _certificateHash = certificate.GetCertHashString();
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process!.HasExited, "nginx stopped:\n" + ErrorLog());
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        Assert.Fail("nginx did not listen on " + port + ":\n" + ErrorLog());
    }

    // An upstream's server line: "server 127.0.0.1:5000;" or "server 10.0.0.11:5000 max_fails=1 ...;".
    [GeneratedRegex(@"^\s*server (?<address>[0-9.]+:[0-9]+)[ ;]", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    // "# " at the start of a line: the commented HTTPS block, which an operator uncomments once the certificate is there.
    [GeneratedRegex("^# ?", RegexOptions.Multiline)]
    private static partial Regex CommentMark();
}
