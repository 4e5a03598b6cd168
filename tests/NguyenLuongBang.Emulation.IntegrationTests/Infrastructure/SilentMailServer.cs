using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>
/// A "mail server" on a loopback port that takes every connection and never says a word: what a
/// hung server or a half-open firewall looks like to the portal. Counts the connections it took.
/// </summary>
public sealed class SilentMailServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _held = [];

    public SilentMailServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => _held.Count;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                // Held open, never read from or written to, until the test ends.
                _held.Add(await _listener.AcceptTcpClientAsync(_stop.Token));
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _held)
        {
            client.Dispose();
        }

        _stop.Dispose();
    }
}
