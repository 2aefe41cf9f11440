using System.Net;
using System.Text;
using UprSite.Build.Pipeline;

namespace UprSite.Cli.Tests.Preview;

/// <summary>The repository's sample site through the preview: every file it builds, with the type a browser needs.</summary>
[Collection(CliCollection.Name)]
public sealed class SampleSiteServingTests : IDisposable
{
    private static readonly Dictionary<string, string> TypeByExtension = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "text/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml; charset=utf-8",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [string.Empty] = "text/plain; charset=utf-8",
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-serve-sample-" + Guid.NewGuid().ToString("N")[..12]);

    private string Output => Path.Combine(_root, "_site");

    [Fact]
    public async Task Every_file_of_the_sample_site_is_served_with_its_type_and_its_bytes()
    {
        await using var preview = await RunningPreview.StartAsync(new BuildOptions(Path.Combine(RepoRoot.Path, "input"), RepoRoot.Theme, Output));
        var files = Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("sitemap.xml", files);
        Assert.Contains(files, f => f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("assets/css/", StringComparison.Ordinal));

        foreach (var file in files)
        {
            var extension = Path.GetExtension(file);
            Assert.True(TypeByExtension.ContainsKey(extension), $"the site has a {extension} file ({file}); say here which type it is served with");
            var response = await preview.Http.GetAsync(Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}");
            Assert.Equal(TypeByExtension[extension], response.Content.Headers.ContentType!.ToString());
            var served = await response.Content.ReadAsByteArrayAsync();
            var onDisk = await File.ReadAllBytesAsync(Path.Combine(Output, file));
            if (extension == ".html")
            {
                Assert.Equal(Encoding.UTF8.GetString(onDisk).Replace("</body>", "<script src=\"/__uprsite/reload.js\" data-build=\"1\"></script></body>", StringComparison.Ordinal),
                    Encoding.UTF8.GetString(served));
            }
            else
            {
                Assert.True(onDisk.AsSpan().SequenceEqual(served), $"{file} is not served as built");
            }
        }
    }

    [Fact]
    public async Task Folders_serve_their_index_a_folder_without_its_slash_is_redirected_and_the_rest_is_not_found()
    {
        await using var preview = await RunningPreview.StartAsync(new BuildOptions(Path.Combine(RepoRoot.Path, "input"), RepoRoot.Theme, Output));

        var folder = await preview.Http.GetStringAsync("en/countries/kh/");
        var index = await preview.Http.GetStringAsync("en/countries/kh/index.html");
        var redirect = await preview.Http.GetAsync("en/countries/kh?x=1");
        var missing = await preview.Http.GetAsync("en/countries/zz/");

        Assert.Equal(index, folder);
        Assert.Contains("<body class=\"kind-country", folder, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/en/countries/kh/?x=1", redirect.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("nosniff", missing.Headers.GetValues("X-Content-Type-Options").Single());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, true);
        }
    }
}
