using System.Net;
using UprSite.Cli.Preview;

namespace UprSite.Cli.Tests.Preview;

/// <summary>What the preview answers, and refuses, over HTTP: Host names, paths, methods, netlify.toml's headers.</summary>
[Collection(CliCollection.Name)]
public sealed class PreviewHttpTests : IDisposable
{
    private readonly PreviewTestSite _site = new();

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
        await using var preview = await RunningPreview.StartAsync(_site.Options);

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
        await using var preview = await RunningPreview.StartAsync(_site.Options);

        Assert.Equal(status, await preview.RawStatusAsync(target));
        Assert.Equal(200, await preview.RawStatusAsync("/en/pages/about/"));
    }

    [Fact]
    public async Task Only_GET_and_HEAD_are_answered()
    {
        await using var preview = await RunningPreview.StartAsync(_site.Options);

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
        await using (var withDefaults = await RunningPreview.StartAsync(_site.Options))
        {
            var page = await withDefaults.Http.GetAsync("en/pages/about/");
            var repo = NetlifyConfig.Load(Path.Combine(RepoRoot.Path, "netlify.toml")).HeadersFor("/en/pages/about/");
            Assert.Equal(repo["Content-Security-Policy"], page.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal(repo["X-Frame-Options"], page.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("the default headers", withDefaults.Printed, StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(_site.Root, "netlify.toml"),
            "[[headers]]\n  for = \"/*\"\n  [headers.values]\n    Content-Security-Policy = \"default-src 'none'\"\n" +
            "[[headers]]\n  for = \"/assets/*\"\n  [headers.values]\n    Cache-Control = \"public, max-age=31536000, immutable\"\n");
        await using var withSite = await RunningPreview.StartAsync(_site.Options);
        var sitePage = await withSite.Http.GetAsync("en/pages/about/");
        var asset = await withSite.Http.GetAsync("__uprsite/overlay.css");

        Assert.Equal("default-src 'none'", sitePage.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(sitePage.Headers.Contains("X-Frame-Options"));
        Assert.True(sitePage.Headers.CacheControl!.NoStore);
        Assert.True(asset.Headers.CacheControl!.NoStore);
        Assert.Contains(Path.Combine(_site.Root, "netlify.toml"), withSite.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_netlify_toml_it_cannot_read_is_named_and_the_default_headers_are_sent()
    {
        File.WriteAllText(Path.Combine(_site.Root, "netlify.toml"), "[[headers]]\n  for = [\"/*\"]\n");
        await using var preview = await RunningPreview.StartAsync(_site.Options);

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

    public void Dispose() => _site.Dispose();
}
