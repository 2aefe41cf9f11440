using System.Net;
using System.Net.Sockets;
using UprSite.Build.Pipeline;

namespace UprSite.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class PreviewServerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-serve-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task Serves_the_site_and_tells_open_pages_to_reload_after_an_edit()
    {
        var input = Path.Combine(_root, "input");
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n");
        File.WriteAllText(Path.Combine(input, "pages", "about.en.md"), "---\ntitle: About\n---\nFirst text.\n");
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var options = new BuildOptions(input, RepoRoot.Theme, Path.Combine(_root, "_site"));
        var server = new PreviewServer(options, port).RunAsync(stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };

        var page = await GetWhenUp(http, "en/pages/about/");
        Assert.Contains("First text.", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__uprsite/reload.js\"></script></body>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("en/nowhere/")).StatusCode);

        using var events = await http.GetStreamAsync("__uprsite/events");
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        File.WriteAllText(Path.Combine(input, "pages", "about.en.md"), "---\ntitle: About\n---\nSecond text.\n");
        string? line;
        do
        {
            line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));
        }
        while (line is "");
        Assert.Equal("data: reload", line);
        Assert.Contains("Second text.", await http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);

        await stop.CancelAsync();
        Assert.Equal(0, await server);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, true);
        }
    }

    private static async Task<string> GetWhenUp(HttpClient http, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await http.GetStringAsync(path);
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
