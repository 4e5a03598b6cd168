using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

public class ClientAbortsTests
{
    private sealed class Recorded : ILogger<ClientAborts>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }

    private static DefaultHttpContext Request(bool aborted)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/Awards/2025/Decision";
        using var source = new CancellationTokenSource();
        if (aborted)
        {
            source.Cancel();
        }

        context.RequestAborted = source.Token;
        return context;
    }

    [Theory]
    [InlineData(typeof(OperationCanceledException))]
    [InlineData(typeof(TaskCanceledException))]
    [InlineData(typeof(IOException))]
    public async Task A_request_the_browser_abandoned_is_logged_as_such_and_answered_499(Type thrown)
    {
        var log = new Recorded();
        var context = Request(aborted: true);
        var middleware = new ClientAborts(_ => throw (Exception)Activator.CreateInstance(thrown)!, log);

        await middleware.InvokeAsync(context);

        Assert.Equal(499, context.Response.StatusCode);
        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Null(entry.Exception);
        Assert.Contains("Client closed the request POST /Awards/2025/Decision", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_while_the_browser_waits_stays_a_fault()
    {
        var log = new Recorded();
        var middleware = new ClientAborts(_ => throw new OperationCanceledException("a timeout of our own"), log);

        await Assert.ThrowsAsync<OperationCanceledException>(() => middleware.InvokeAsync(Request(aborted: false)));
        Assert.Empty(log.Entries);
    }
}
