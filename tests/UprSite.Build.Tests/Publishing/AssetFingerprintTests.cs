using System.Security.Cryptography;
using System.Text;
using UprSite.Build.Tests.Support;
using UprSite.Core.Urls;

namespace UprSite.Build.Tests.Publishing;

/// <summary>Assets carry a hash of their content in their name, so /assets/* can be cached as immutable.</summary>
public sealed class AssetFingerprintTests : IDisposable
{
    private readonly TestSite _site = new();

    public AssetFingerprintTests()
    {
        _site.Write("assets/img/mark.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n")
            .Write("assets/css/extra.css", ".mark { background: url(\"../img/mark.svg\") no-repeat; }\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void Every_asset_name_carries_the_hash_of_its_content()
    {
        var assets = Directory.GetFiles(Path.Combine(_site.Output, "assets"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".LICENSE.txt", StringComparison.Ordinal)).ToList();

        Assert.Contains(assets, f => Path.GetFileName(f).StartsWith("site.", StringComparison.Ordinal));
        Assert.Contains(assets, f => Path.GetFileName(f).StartsWith("extra.", StringComparison.Ordinal));
        Assert.Contains(assets, f => Path.GetFileName(f).StartsWith("mark.", StringComparison.Ordinal));
        foreach (var file in assets)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..10];
            Assert.Contains($".{hash}.", Path.GetFileName(file));
        }
    }

    [Fact]
    public void Pages_link_the_hashed_stylesheet()
    {
        const string page = "km/countries/kh/index.html";
        var href = Html.Page(_site, page).QuerySelector("link[rel=stylesheet][href*='assets/css/site.']")!.GetAttribute("href")!;

        Assert.Matches(@"assets/css/site\.[0-9a-f]{10}\.css$", href);
        Assert.True(File.Exists(Path.Combine(_site.Output, RelativeUrl.Resolve(page, href))));
    }

    [Fact]
    public void Stylesheets_point_at_the_hashed_names_of_their_images()
    {
        var css = Directory.GetFiles(Path.Combine(_site.Output, "assets", "css"), "extra.*.css").Single();
        var image = Path.GetFileName(Directory.GetFiles(Path.Combine(_site.Output, "assets", "img")).Single());

        Assert.Contains($"url(\"../img/{image}\")", File.ReadAllText(css, Encoding.UTF8));
    }

    [Fact]
    public void The_same_input_gives_the_same_names()
    {
        var first = Directory.GetFiles(_site.Output, "*", SearchOption.AllDirectories).Order().ToList();
        Assert.True(_site.Build().Succeeded);

        Assert.Equal(first, Directory.GetFiles(_site.Output, "*", SearchOption.AllDirectories).Order());
    }

    public void Dispose() => _site.Dispose();
}
