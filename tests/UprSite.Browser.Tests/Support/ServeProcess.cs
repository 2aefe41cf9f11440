using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// The real <c>uprsite serve</c>, as a person starts it: its own process, run from a site folder (input/ and
/// netlify.toml), on a free port of 127.0.0.1; stopped and its children ended on dispose.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _printed = new();
    private readonly TaskCompletionSource _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Process process, int port)
    {
        _process = process;
        Origin = $"http://127.0.0.1:{port}";
    }

    public string Origin { get; }

    /// <summary>Everything the process printed so far, standard output and error interleaved.</summary>
    public string Printed
    {
        get
        {
            lock (_printed)
            {
                return _printed.ToString();
            }
        }
    }

    public static async Task<ServeProcess> StartAsync(string siteFolder, string theme)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "uprsite.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--theme", theme])
        {
            WorkingDirectory = siteFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var serve = new ServeProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, port);
        serve._process.OutputDataReceived += (_, line) => serve.Record(line.Data);
        serve._process.ErrorDataReceived += (_, line) => serve.Record(line.Data);
        serve._process.Exited += (_, _) => serve._serving.TrySetException(new InvalidOperationException("uprsite serve ended:\n" + serve.Printed));
        serve._process.Start();
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        try
        {
            await serve._serving.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }

        return serve;
    }

    public string Url(string path) => $"{Origin}/{path.TrimStart('/')}";

    /// <summary>Waits until the process has printed <paramref name="text"/> <paramref name="times"/> times in all.</summary>
    public async Task WaitForPrintedAsync(string text, int times, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (Occurrences(Printed, text) < times)
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"uprsite serve did not print '{text}' {times} times:\n{Printed}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_printed)
        {
            _printed.AppendLine(line);
        }

        if (line.StartsWith("Serving on ", StringComparison.Ordinal))
        {
            _serving.TrySetResult();
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The dotnet that runs these tests, so the tool runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
