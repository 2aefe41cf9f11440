using System.Net;
using System.Net.Sockets;
using UprSite.Build.Pipeline;

namespace UprSite.Cli.Tests.Preview;

/// <summary>A real <see cref="PreviewServer"/> on a free port of 127.0.0.1, started and stopped by a test, with what it printed.</summary>
public sealed class RunningPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(2));
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private Task<int> _run = Task.FromResult(-1);

    private RunningPreview(int port)
    {
        Port = port;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(20),
        };
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public Task<int> Run => _run;

    public string Printed => _out + "\n" + _error;

    public string Errors => _error.ToString();

    public static async Task<RunningPreview> StartAsync(BuildOptions options, Func<BuildOptions, BuildResult>? builder = null)
    {
        var preview = new RunningPreview(FreePort());
        var server = new PreviewServer(options, preview.Port)
        {
            Out = TextWriter.Synchronized(preview._out),
            Error = TextWriter.Synchronized(preview._error),
            Builder = builder,
        };
        preview._run = server.RunAsync(preview._stop.Token);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!preview._out.ToString().Contains("Serving on", StringComparison.Ordinal))
        {
            if (preview._run.IsCompleted || waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException("serve did not start:\n" + preview.Printed);
            }

            await Task.Delay(50);
        }

        return preview;
    }

    public async Task<PreviewEventStream> OpenEventsAsync() =>
        new(await Http.GetStreamAsync("__uprsite/events"));

    /// <summary>The status line of a request written byte for byte, so that no client tidies the path first.</summary>
    public async Task<int> RawStatusAsync(string target, string host = "127.0.0.1")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        using var stream = client.GetStream();
        var request = System.Text.Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream);
        var statusLine = await reader.ReadLineAsync() ?? string.Empty;
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        var code = await _run;
        Http.Dispose();
        _stop.Dispose();
        Assert.Equal(0, code);
    }
}
