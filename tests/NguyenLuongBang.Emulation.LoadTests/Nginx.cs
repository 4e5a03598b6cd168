using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>
/// Debian's nginx as the load balancer in front of portal processes, configured by the test on
/// loopback ports: round robin, forwarded headers, a failed upstream taken out for 30 s and the
/// request that could not reach it sent to the next (never a request already sent).
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly string _folder = Directory.CreateTempSubdirectory("nlb-nginx-").FullName;
    private Process? _process;

    public Nginx(IEnumerable<Uri> upstreams)
    {
        ArgumentNullException.ThrowIfNull(upstreams);
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"nginx is not installed at {Executable}: tests/run-all.sh installs nginx-light.");
        }

        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var servers = string.Join("\n", upstreams.Select(u => $"    server {u.Host}:{u.Port.ToString(CultureInfo.InvariantCulture)} max_fails=1 fail_timeout=30s;"));
        var user = Environment.UserName == "root" ? "user root;" : string.Empty;
        File.WriteAllText(Path.Combine(_folder, "nginx.conf"), $$"""
            {{user}}
            worker_processes 1;
            error_log {{_folder}}/error.log warn;
            pid {{_folder}}/nginx.pid;
            events { worker_connections 4096; }
            http {
              access_log off;
              client_body_temp_path {{_folder}}/body;
              proxy_temp_path {{_folder}}/proxy;
              fastcgi_temp_path {{_folder}}/fastcgi;
              uwsgi_temp_path {{_folder}}/uwsgi;
              scgi_temp_path {{_folder}}/scgi;
              upstream portal {
            {{servers}}
                keepalive 64;
              }
              server {
                listen 127.0.0.1:{{Port.ToString(CultureInfo.InvariantCulture)}};
                client_max_body_size 70m;
                location / {
                  proxy_pass http://portal;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_connect_timeout 2s;
                  proxy_read_timeout 180s;
                  proxy_next_upstream error timeout http_502 http_503;
                }
              }
            }
            """);
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 100; i++)
        {
            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("nginx did not answer: " + (File.Exists(Path.Combine(_folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(_folder, "error.log")) : "no log"));
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
