using System.Net;
using UprSite.Build.Pipeline;
using UprSite.Cli.Tests.Preview;

namespace UprSite.Cli.Tests;

/// <summary>The preview server end to end over HTTP: reload, errors of a failed build, a bug, a busy port.</summary>
[Collection(CliCollection.Name)]
public sealed class PreviewServerTests : IDisposable
{
    private readonly PreviewTestSite _site = new();

    [Fact]
    public async Task Serves_the_site_and_tells_open_pages_to_reload_after_an_edit()
    {
        await using var preview = await RunningPreview.StartAsync(_site.Options);

        var page = await preview.Http.GetStringAsync("en/pages/about/");
        Assert.Contains("First text.", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__uprsite/reload.js\" data-build=\"1\"></script></body>", page, StringComparison.Ordinal);

        using var events = await preview.OpenEventsAsync();
        var connected = await events.NextAsync();
        Assert.Equal("ok", connected.GetProperty("status").GetString());
        Assert.Equal(1, connected.GetProperty("build").GetInt32());
        _site.Write("pages/about.en.md", "---\ntitle: About\n---\nSecond text.\n");

        var rebuilt = await events.NextAsync();
        Assert.Equal("ok", rebuilt.GetProperty("status").GetString());
        Assert.Equal(2, rebuilt.GetProperty("build").GetInt32());
        Assert.Contains("Second text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_build_served_and_sends_its_errors_until_fixed()
    {
        await using var preview = await RunningPreview.StartAsync(_site.Options);
        using var events = await preview.OpenEventsAsync();
        Assert.Equal(1, (await events.NextAsync()).GetProperty("build").GetInt32());

        _site.Write("pages/about.en.md", "---\ntitle: [About\n---\nBroken text.\n");
        var failed = await events.NextAsync();

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(1, failed.GetProperty("build").GetInt32());
        var problem = Assert.Single(failed.GetProperty("problems").EnumerateArray());
        Assert.EndsWith("pages/about.en.md", problem.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("line").GetInt32() >= 2, problem.ToString());
        Assert.Equal("UPR0101", problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("message").GetString()));
        Assert.Contains("First text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);
        Assert.Contains("Still serving the last good build", preview.Errors, StringComparison.Ordinal);

        _site.Write("pages/about.en.md", "---\ntitle: About\n---\nFixed text.\n");
        var fixedStatus = await events.NextAsync();
        Assert.Equal("ok", fixedStatus.GetProperty("status").GetString());
        Assert.Equal(2, fixedStatus.GetProperty("build").GetInt32());
        Assert.Empty(fixedStatus.GetProperty("problems").EnumerateArray());
        Assert.Contains("Fixed text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Until_the_site_first_builds_every_page_shows_the_errors_then_reloads()
    {
        _site.Write("pages/about.en.md", "---\ntitle: [About\n---\nBroken text.\n");
        await using var preview = await RunningPreview.StartAsync(_site.Options);
        using var events = await preview.OpenEventsAsync();

        var response = await preview.Http.GetAsync("en/pages/about/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("data-build=\"0\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var failed = await events.NextAsync();
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(0, failed.GetProperty("build").GetInt32());
        Assert.Contains("Nothing to serve until the site builds", preview.Errors, StringComparison.Ordinal);

        _site.Write("pages/about.en.md", "---\ntitle: About\n---\nFixed text.\n");
        Assert.Equal(1, (await events.NextAsync()).GetProperty("build").GetInt32());
        Assert.Contains("Fixed text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bug_during_a_rebuild_is_printed_and_shown_like_an_error_and_serve_keeps_running()
    {
        var builds = 0;
        BuildResult FailingSecondBuild(BuildOptions options) =>
            Interlocked.Increment(ref builds) == 2 ? throw new InvalidOperationException("simulated fault in a stage") : SiteBuilder.Build(options);
        await using var preview = await RunningPreview.StartAsync(_site.Options, FailingSecondBuild);
        using var events = await preview.OpenEventsAsync();
        await events.NextAsync();

        _site.Write("pages/about.en.md", "---\ntitle: About\n---\nSecond text.\n");
        var failed = await events.NextAsync();

        var problem = Assert.Single(failed.GetProperty("problems").EnumerateArray());
        Assert.Equal("internal error", problem.GetProperty("code").GetString());
        Assert.Contains("InvalidOperationException: simulated fault in a stage", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("error: internal error while building", preview.Errors, StringComparison.Ordinal);
        Assert.Contains("at UprSite.Cli.Tests.PreviewServerTests", preview.Errors, StringComparison.Ordinal);
        Assert.False(preview.Run.IsCompleted);
        Assert.Contains("First text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);

        _site.Write("pages/about.en.md", "---\ntitle: About\n---\nThird text.\n");
        Assert.Equal("ok", (await events.NextAsync()).GetProperty("status").GetString());
        Assert.Contains("Third text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_port_is_reported_before_building_or_serving_with_a_free_port_to_use()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, RunningPreview.FreePort());
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await new PreviewServer(_site.Options, port) { Out = output, Error = error }.RunAsync(CancellationToken.None);

        Assert.Equal(1, code);
        Assert.DoesNotContain("Serving", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Options.OutputDir));
        Assert.Contains($"error: port {port} on 127.0.0.1 is already in use", error.ToString(), StringComparison.Ordinal);
        var suggested = int.Parse(error.ToString().Split("--port ")[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(port, suggested);
        using var free = new System.Net.Sockets.TcpListener(IPAddress.Loopback, suggested);
        free.Start();
    }

    [Fact]
    public async Task Pages_are_served_all_through_rebuilds_whatever_happens_to_the_output_folder_on_disk()
    {
        await using var preview = await RunningPreview.StartAsync(_site.Options);
        using var events = await preview.OpenEventsAsync();
        await events.NextAsync();
        using var stop = new CancellationTokenSource();
        var statuses = new List<HttpStatusCode>();
        var requests = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await preview.Http.GetAsync("en/pages/about/");
                statuses.Add(response.StatusCode);
            }
        });

        for (var edit = 2; edit <= 4; edit++)
        {
            _site.Write("pages/about.en.md", $"---\ntitle: About\n---\nText {edit}.\n");
            Assert.True((await events.NextAsync()).GetProperty("build").GetInt32() >= edit);
        }

        Directory.Delete(_site.Options.OutputDir, recursive: true);
        var afterDelete = await preview.Http.GetStringAsync("en/pages/about/");
        await stop.CancelAsync();
        await requests;

        Assert.Contains("Text 4.", afterDelete, StringComparison.Ordinal);
        Assert.True(statuses.Count > 20, $"{statuses.Count} requests");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    public void A_port_out_of_range_is_refused(string port)
    {
        var (code, _, error) = ConsoleCapture.Run("serve", "--port", port, "--input", _site.Input, "--theme", RepoRoot.Theme);

        Assert.Equal(1, code);
        Assert.Contains("--port must be a number from 1 to 65535", error, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();
}
