using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>One HTTP exchange: what, how long, the answer (0 when the connection failed).</summary>
public sealed record Sample(string Request, double Milliseconds, int Status);

/// <summary>Latency percentiles and throughput over a set of samples.</summary>
public sealed record Summary(string Name, int Count, double P50, double P95, double P99, double PerSecond)
{
    public static Summary Of(string name, IReadOnlyCollection<Sample> samples, TimeSpan elapsed)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Summary(name, sorted.Length, At(0.50), At(0.95), At(0.99), sorted.Length / elapsed.TotalSeconds);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Count} | {P50:0} | {P95:0} | {P99:0} | {PerSecond:0.0} |");
}

/// <summary>Records every exchange that goes through a client.</summary>
public sealed partial class Recorder : DelegatingHandler
{
    public Recorder()
        : base(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
    }

    public ConcurrentBag<Sample> Samples { get; } = [];

    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var name = $"{request.Method} {Digits().Replace(request.RequestUri!.AbsolutePath, "{n}")}";
        var watch = Stopwatch.StartNew();
        Interlocked.Increment(ref _inFlight);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            Samples.Add(new Sample(name, watch.Elapsed.TotalMilliseconds, (int)response.StatusCode));
            return response;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            Samples.Add(new Sample(name, watch.Elapsed.TotalMilliseconds, 0));
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>A request sent as is, without any browser's cookies (e.g. a replayed copy of one).</summary>
    public Task<HttpResponseMessage> SendAsyncForTest(HttpRequestMessage request) => SendAsync(request, CancellationToken.None);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

/// <summary>Keeps one browser's cookies per simulated user over a shared connection pool.</summary>
public sealed class CookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly CookieContainer _cookies = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var header = _cookies.GetCookieHeader(request.RequestUri!);
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values)
            {
                _cookies.SetCookies(request.RequestUri!, value);
            }
        }

        return response;
    }
}

/// <summary>
/// The evening of 14 December: units sign in and submit their report (every area written) while
/// reviewers keep the dashboard and the list of reports open. Bounded: each unit does one
/// submission, each reviewer browses until the units are done or the time limit passes.
/// </summary>
public sealed class LoadRun(Uri baseAddress, int year) : IDisposable
{
    private readonly Recorder _recorder = new();

    public ConcurrentDictionary<string, int> Acknowledged { get; } = new();

    public IReadOnlyCollection<Sample> Samples => _recorder.Samples;

    public ConcurrentBag<string> Errors { get; } = [];

    public void Dispose() => _recorder.Dispose();

    /// <summary>How long a simulated browser waits for an answer (a real one waits minutes).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public HttpClient NewClient() => new(new CookieJar(_recorder), disposeHandler: false) { BaseAddress = baseAddress, Timeout = Timeout };

    /// <summary>The run's figures as printed for docs/performance.md: totals, a table per request kind, the first errors.</summary>
    public IEnumerable<string> Report(TimeSpan elapsed)
    {
        yield return $"{Acknowledged.Count} acknowledged submissions in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; {Samples.Count} requests; errors: {Errors.Count}";
        yield return "| Request | Count | p50 ms | p95 ms | p99 ms | per s |";
        yield return "|---|---:|---:|---:|---:|---:|";
        yield return Summary.Of("all", _recorder.Samples, elapsed).ToString();
        foreach (var group in _recorder.Samples.GroupBy(s => s.Request).OrderByDescending(g => g.Count()))
        {
            yield return Summary.Of(group.Key, group.ToList(), elapsed).ToString();
        }

        foreach (var error in Errors.Take(10))
        {
            yield return error;
        }
    }

    /// <summary>Requests sent and not yet answered.</summary>
    public int InFlight => _recorder.InFlight;

    /// <param name="spread">Units start one after another over this time (the sign-ins of an evening); zero: all at once.</param>
    /// <param name="reviewerPause">How long a reviewer looks at each page before the next (zero: reloads at once).</param>
    public async Task<TimeSpan> RunAsync(IReadOnlyList<string> unitEmails, IReadOnlyList<string> reviewerEmails, TimeSpan limit, Action<int>? afterEachAcknowledgement = null,
        TimeSpan spread = default, TimeSpan reviewerPause = default)
    {
        ArgumentNullException.ThrowIfNull(unitEmails);
        using var stop = new CancellationTokenSource(limit);
        var watch = Stopwatch.StartNew();
        using var unitsDone = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        var units = unitEmails.Select((email, i) => Task.Run(async () =>
        {
            await Task.Delay(spread * i / unitEmails.Count, stop.Token);
            await SubmitAsync(email, afterEachAcknowledgement, stop.Token);
        })).ToArray();
        var reviewers = reviewerEmails.Select(email => Task.Run(() => BrowseAsync(email, reviewerPause, unitsDone.Token))).ToArray();
        await Task.WhenAll(units);
        await unitsDone.CancelAsync();
        await Task.WhenAll(reviewers);
        return watch.Elapsed;
    }

    private async Task SubmitAsync(string email, Action<int>? afterEachAcknowledgement, CancellationToken cancellationToken)
    {
        try
        {
            using var client = NewClient();
            var signedIn = await client.SignInAsync(email);
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
            {
                Errors.Add($"{email}: sign-in answered {(int)signedIn.StatusCode}");
                return;
            }

            var started = await client.PostFormAsync($"/Reports/Year/{year}", $"/Reports/Start?year={year}", new Dictionary<string, string>());
            if (started.StatusCode != HttpStatusCode.Redirect || started.Headers.Location is null)
            {
                Errors.Add($"{email}: starting the report answered {(int)started.StatusCode}");
                return;
            }

            var id = int.Parse(Regex.Match(started.Headers.Location!.OriginalString, @"/(\d+)$").Groups[1].Value, CultureInfo.InvariantCulture);
            var form = HtmlForm.Parse(await client.GetStringAsync($"/Reports/Edit/{id}", cancellationToken), "report-form");
            foreach (var field in form.Fields.Where(f => Regex.IsMatch(f.Key, @"^Areas\[\d+\]\.Narrative$")).ToList())
            {
                form.Set(field.Key, $"{email}: kết quả thực hiện nội dung thi đua năm {year}, đủ số liệu và minh chứng.");
            }

            var submitted = await form.PostAsync(client, "intent", "submit");
            if (submitted.StatusCode == HttpStatusCode.Redirect && submitted.Headers.Location!.OriginalString.Contains($"/Reports/Details/{id}", StringComparison.Ordinal))
            {
                Acknowledged[email] = id;
                afterEachAcknowledgement?.Invoke(Acknowledged.Count);
            }
            else
            {
                Errors.Add($"{email}: submit answered {(int)submitted.StatusCode}");
            }
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            Errors.Add($"{email}: {failure.GetType().Name} {failure.Message}");
        }
    }

    private async Task BrowseAsync(string email, TimeSpan pause, CancellationToken cancellationToken)
    {
        try
        {
            using var client = NewClient();
            await client.SignInAsync(email);
            while (!cancellationToken.IsCancellationRequested)
            {
                using (await client.GetAsync($"/Dashboard?year={year}", CancellationToken.None))
                {
                }

                await Task.Delay(pause, cancellationToken);
                using (await client.GetAsync($"/Review?year={year}", CancellationToken.None))
                {
                }

                await Task.Delay(pause, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The units are done: the reviewers stop.
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            Errors.Add($"{email}: {failure.GetType().Name} {failure.Message}");
        }
    }
}
