using System.Globalization;
using System.Net.Sockets;

namespace MppQueue.Kiosk.Printing;

/// <summary>Talks to a network thermal printer on its raw port (9100): is it there, and send it a ticket.</summary>
public static class EscPosPrinter
{
    public const int DefaultPort = 9100;

    /// <summary>Whether the printer accepts a connection within the timeout.</summary>
    public static async Task<bool> AnswersAsync(string? address, TimeSpan timeout, CancellationToken cancellation = default)
    {
        if (!TryParse(address, out var host, out var port))
        {
            return false;
        }

        try
        {
            using var client = await ConnectAsync(host, port, timeout, cancellation);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    /// <summary>Sends the bytes; throws <see cref="PrinterUnavailableException"/> when the printer does not take them.</summary>
    public static async Task SendAsync(string? address, byte[] bytes, TimeSpan timeout, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!TryParse(address, out var host, out var port))
        {
            throw new PrinterUnavailableException("No printer address is configured (host:port).");
        }

        try
        {
            using var client = await ConnectAsync(host, port, timeout, cancellation);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            limit.CancelAfter(timeout);
            var stream = client.GetStream();
            await stream.WriteAsync(bytes, limit.Token);
            await stream.FlushAsync(limit.Token);
            client.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or IOException)
        {
            throw new PrinterUnavailableException($"The printer at {address} did not take the ticket: {ex.Message}", ex);
        }
    }

    public static bool TryParse(string? address, out string host, out int port)
    {
        host = string.Empty;
        port = DefaultPort;
        if (string.IsNullOrWhiteSpace(address))
        {
            return false;
        }

        var text = address.Trim();
        var colon = text.LastIndexOf(':');
        if (colon > 0 && !text.EndsWith(']') && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var given))
        {
            if (given is < 1 or > 65535)
            {
                return false;
            }

            port = given;
            text = text[..colon];
        }

        host = text.Trim('[', ']');
        return host.Length > 0;
    }

    private static async Task<TcpClient> ConnectAsync(string host, int port, TimeSpan timeout, CancellationToken cancellation)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            limit.CancelAfter(timeout);
            await client.ConnectAsync(host, port, limit.Token);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
