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
            .Write("assets/css/extra.css", ".mark { background: url(\"../img/mark.svg\") no-repeat; }\n")
            .Write("static/assets/img/seal.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 2\"/>\n")
            .Write("pages/marks.en.md", "---\ntitle: Marks\n---\n![the mark](/assets/img/mark.svg) ![the seal](../../../assets/img/seal.svg)\n\n[the stylesheet](/assets/css/extra.css#mark)\n");
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
        Assert.Contains(assets, f => Path.GetFileName(f).StartsWith("seal.", StringComparison.Ordinal));
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

    [Theory]
    [InlineData("en/pages/marks/index.html")]
    [InlineData("km/pages/marks/index.html")]
    public void Markdown_images_and_links_name_the_hashed_files_on_their_page_and_its_fallback(string page)
    {
        var document = Html.Page(_site, page);
        var addresses = document.QuerySelectorAll("main img").Select(i => i.GetAttribute("src")!)
            .Append(document.QuerySelector("main a[href*='extra']")!.GetAttribute("href")!).ToList();

        Assert.Equal(3, addresses.Count);
        Assert.Matches(@"assets/img/mark\.[0-9a-f]{10}\.svg$", addresses[0]);
        Assert.Matches(@"assets/img/seal\.[0-9a-f]{10}\.svg$", addresses[1]);
        Assert.Matches(@"assets/css/extra\.[0-9a-f]{10}\.css#mark$", addresses[2]);
        Assert.All(addresses, a => Assert.True(File.Exists(Path.Combine(_site.Output, RelativeUrl.Resolve(page, a.Split('#')[0]))), a));
    }

    [Fact]
    public void The_favicon_and_the_share_image_name_their_hashed_files()
    {
        const string page = "en/index.html";
        var document = Html.Page(_site, page);
        var favicon = document.QuerySelector("link[rel=icon]")!.GetAttribute("href")!;
        var image = new Uri(document.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath;

        Assert.Matches(@"assets/favicon\.[0-9a-f]{10}\.svg$", favicon);
        Assert.True(File.Exists(Path.Combine(_site.Output, RelativeUrl.Resolve(page, favicon))), favicon);
        Assert.Matches(@"^/assets/images/share\.[0-9a-f]{10}\.png$", image);
        Assert.True(File.Exists(Path.Combine(_site.Output, image.TrimStart('/'))), image);
    }

    [Fact]
    public void Stylesheets_point_at_the_hashed_names_of_their_images()
    {
        var css = Directory.GetFiles(Path.Combine(_site.Output, "assets", "css"), "extra.*.css").Single();
        var image = Path.GetFileName(Directory.GetFiles(Path.Combine(_site.Output, "assets", "img"), "mark.*").Single());

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
