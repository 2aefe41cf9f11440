using System.Net;
using UprSite.Build.Pipeline;
using UprSite.Cli.Preview;
using UprSite.Cli.Tests.Preview;

namespace UprSite.Cli.Tests;

/// <summary>The preview server end to end over HTTP: reload, errors of a failed build, a bug, a busy port.</summary>
[Collection(CliCollection.Name)]
public sealed class PreviewServerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-serve-" + Guid.NewGuid().ToString("N")[..12]);

    public PreviewServerTests()
    {
        Write("site.yml", "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n");
        Write("pages/about.en.md", "---\ntitle: About\n---\nFirst text.\n");
    }

    private string Input => Path.Combine(_root, "input");

    private BuildOptions Options => new(Input, RepoRoot.Theme, Path.Combine(_root, "_site"));

    [Fact]
    public async Task Serves_the_site_and_tells_open_pages_to_reload_after_an_edit()
    {
        await using var preview = await RunningPreview.StartAsync(Options);

        var page = await preview.Http.GetStringAsync("en/pages/about/");
        Assert.Contains("First text.", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__uprsite/reload.js\" data-build=\"1\"></script></body>", page, StringComparison.Ordinal);

        using var events = await preview.OpenEventsAsync();
        var connected = await events.NextAsync();
        Assert.Equal("ok", connected.GetProperty("status").GetString());
        Assert.Equal(1, connected.GetProperty("build").GetInt32());
        Write("pages/about.en.md", "---\ntitle: About\n---\nSecond text.\n");

        var rebuilt = await events.NextAsync();
        Assert.Equal("ok", rebuilt.GetProperty("status").GetString());
        Assert.Equal(2, rebuilt.GetProperty("build").GetInt32());
        Assert.Contains("Second text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_build_served_and_sends_its_errors_until_fixed()
    {
        await using var preview = await RunningPreview.StartAsync(Options);
        using var events = await preview.OpenEventsAsync();
        Assert.Equal(1, (await events.NextAsync()).GetProperty("build").GetInt32());

        Write("pages/about.en.md", "---\ntitle: [About\n---\nBroken text.\n");
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

        Write("pages/about.en.md", "---\ntitle: About\n---\nFixed text.\n");
        var fixedStatus = await events.NextAsync();
        Assert.Equal("ok", fixedStatus.GetProperty("status").GetString());
        Assert.Equal(2, fixedStatus.GetProperty("build").GetInt32());
        Assert.Empty(fixedStatus.GetProperty("problems").EnumerateArray());
        Assert.Contains("Fixed text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Until_the_site_first_builds_every_page_shows_the_errors_then_reloads()
    {
        Write("pages/about.en.md", "---\ntitle: [About\n---\nBroken text.\n");
        await using var preview = await RunningPreview.StartAsync(Options);
        using var events = await preview.OpenEventsAsync();

        var response = await preview.Http.GetAsync("en/pages/about/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("data-build=\"0\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var failed = await events.NextAsync();
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(0, failed.GetProperty("build").GetInt32());
        Assert.Contains("Nothing to serve until the site builds", preview.Errors, StringComparison.Ordinal);

        Write("pages/about.en.md", "---\ntitle: About\n---\nFixed text.\n");
        Assert.Equal(1, (await events.NextAsync()).GetProperty("build").GetInt32());
        Assert.Contains("Fixed text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bug_during_a_rebuild_is_printed_and_shown_like_an_error_and_serve_keeps_running()
    {
        var builds = 0;
        BuildResult FailingSecondBuild(BuildOptions options) =>
            Interlocked.Increment(ref builds) == 2 ? throw new InvalidOperationException("simulated fault in a stage") : SiteBuilder.Build(options);
        await using var preview = await RunningPreview.StartAsync(Options, FailingSecondBuild);
        using var events = await preview.OpenEventsAsync();
        await events.NextAsync();

        Write("pages/about.en.md", "---\ntitle: About\n---\nSecond text.\n");
        var failed = await events.NextAsync();

        var problem = Assert.Single(failed.GetProperty("problems").EnumerateArray());
        Assert.Equal("internal error", problem.GetProperty("code").GetString());
        Assert.Contains("InvalidOperationException: simulated fault in a stage", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("error: internal error while building", preview.Errors, StringComparison.Ordinal);
        Assert.Contains("at UprSite.Cli.Tests.PreviewServerTests", preview.Errors, StringComparison.Ordinal);
        Assert.False(preview.Run.IsCompleted);
        Assert.Contains("First text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);

        Write("pages/about.en.md", "---\ntitle: About\n---\nThird text.\n");
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

        var code = await new PreviewServer(Options, port) { Out = output, Error = error }.RunAsync(CancellationToken.None);

        Assert.Equal(1, code);
        Assert.DoesNotContain("Serving", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Options.OutputDir));
        Assert.Contains($"error: port {port} on 127.0.0.1 is already in use", error.ToString(), StringComparison.Ordinal);
        var suggested = int.Parse(error.ToString().Split("--port ")[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(port, suggested);
        using var free = new System.Net.Sockets.TcpListener(IPAddress.Loopback, suggested);
        free.Start();
    }

    [Fact]
    public async Task Pages_are_served_all_through_rebuilds_whatever_happens_to_the_output_folder_on_disk()
    {
        await using var preview = await RunningPreview.StartAsync(Options);
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
            Write("pages/about.en.md", $"---\ntitle: About\n---\nText {edit}.\n");
            Assert.Equal(edit, (await events.NextAsync()).GetProperty("build").GetInt32());
        }

        Directory.Delete(Options.OutputDir, recursive: true);
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
        var (code, _, error) = ConsoleCapture.Run("serve", "--port", port, "--input", Input, "--theme", RepoRoot.Theme);

        Assert.Equal(1, code);
        Assert.Contains("--port must be a number from 1 to 65535", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", 200)]
    [InlineData("127.0.0.1:{port}", 200)]
    [InlineData("localhost:{port}", 200)]
    [InlineData("LocalHost", 200)]
    [InlineData("[::1]:{port}", 200)]
    [InlineData("attacker.example:{port}", 421)]
    [InlineData("127.0.0.1.attacker.example", 421)]
    [InlineData("localhost.", 421)]
    [InlineData("0.0.0.0:{port}", 421)]
    public async Task Only_loopback_host_names_are_answered(string host, int status)
    {
        await using var preview = await RunningPreview.StartAsync(Options);

        Assert.Equal(status, await preview.RawStatusAsync("/en/pages/about/", host.Replace("{port}", preview.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        Assert.Equal(status, await preview.RawStatusAsync("/__uprsite/reload.js", host.Replace("{port}", "1", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/%2500", 404)]
    [InlineData("/%25%32%65%25%32%65/site.yml", 404)]
    [InlineData("/en/%00/index.html", 400)]
    [InlineData("/en/%0d%0aSet-Cookie:%20x/", 400)]
    [InlineData("/..%2f..%2fetc%2fpasswd", 404)]
    [InlineData("/en/..%5c..%5csite.yml", 400)]
    [InlineData("/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", 404)]
    [InlineData("/%ff%fe", 404)]
    [InlineData("/en/pages/about/index.html%00.css", 400)]
    public async Task A_bad_path_is_refused_or_not_found_never_a_server_error(string target, int status)
    {
        await using var preview = await RunningPreview.StartAsync(Options);

        Assert.Equal(status, await preview.RawStatusAsync(target));
        Assert.Equal(200, await preview.RawStatusAsync("/en/pages/about/"));
    }

    [Fact]
    public async Task Only_GET_and_HEAD_are_answered()
    {
        await using var preview = await RunningPreview.StartAsync(Options);

        var post = await preview.Http.PostAsync("en/pages/about/", new StringContent("x"));
        using var head = new HttpRequestMessage(HttpMethod.Head, "en/pages/about/");
        var headResponse = await preview.Http.SendAsync(head);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
        Assert.True(headResponse.Content.Headers.ContentLength > 0);
        Assert.Empty(await headResponse.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_netlify_toml_beside_the_input_folder_gives_the_headers_else_the_tools_own()
    {
        await using (var withDefaults = await RunningPreview.StartAsync(Options))
        {
            var page = await withDefaults.Http.GetAsync("en/pages/about/");
            var repo = NetlifyConfig.Load(Path.Combine(RepoRoot.Path, "netlify.toml")).HeadersFor("/en/pages/about/");
            Assert.Equal(repo["Content-Security-Policy"], page.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal(repo["X-Frame-Options"], page.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("the default headers", withDefaults.Printed, StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(_root, "netlify.toml"),
            "[[headers]]\n  for = \"/*\"\n  [headers.values]\n    Content-Security-Policy = \"default-src 'none'\"\n" +
            "[[headers]]\n  for = \"/assets/*\"\n  [headers.values]\n    Cache-Control = \"public, max-age=31536000, immutable\"\n");
        await using var withSite = await RunningPreview.StartAsync(Options);
        var sitePage = await withSite.Http.GetAsync("en/pages/about/");
        var asset = await withSite.Http.GetAsync("__uprsite/overlay.css");

        Assert.Equal("default-src 'none'", sitePage.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(sitePage.Headers.Contains("X-Frame-Options"));
        Assert.True(sitePage.Headers.CacheControl!.NoStore);
        Assert.True(asset.Headers.CacheControl!.NoStore);
        Assert.Contains(Path.Combine(_root, "netlify.toml"), withSite.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_netlify_toml_it_cannot_read_is_named_and_the_default_headers_are_sent()
    {
        File.WriteAllText(Path.Combine(_root, "netlify.toml"), "[[headers]]\n  for = [\"/*\"]\n");
        await using var preview = await RunningPreview.StartAsync(Options);

        var page = await preview.Http.GetAsync("en/pages/about/");

        Assert.Contains("netlify.toml was not read (netlify.toml line 2:", preview.Errors, StringComparison.Ordinal);
        Assert.Equal(NetlifyConfig.Default.HeadersFor("/")["Content-Security-Policy"], page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public void The_tools_default_headers_are_the_repositorys_netlify_toml()
    {
        var repo = NetlifyConfig.Load(Path.Combine(RepoRoot.Path, "netlify.toml"));

        Assert.NotEmpty(repo.HeaderRules);
        Assert.Equal(repo.HeaderRules.Count, NetlifyConfig.Default.HeaderRules.Count);
        foreach (var ((pattern, values), (defaultPattern, defaultValues)) in repo.HeaderRules.Zip(NetlifyConfig.Default.HeaderRules))
        {
            Assert.Equal(pattern, defaultPattern);
            Assert.Equal(values.OrderBy(v => v.Key), defaultValues.OrderBy(v => v.Key));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, true);
        }
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
