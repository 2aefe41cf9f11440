using System.Text;
using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;
using UprSite.Core.Urls;

namespace UprSite.Build.Tests.Publishing;

/// <summary>
/// The theme's web fonts are optional (scripts/install-fonts.sh puts them into theme/assets/fonts/): pages link
/// fonts.css only when the theme has it, so a site built without them has no broken link.
/// </summary>
public sealed class WebFontTests : IDisposable
{
    private const string Khmer = "/usr/share/fonts/truetype/noto/NotoSansKhmer-Regular.ttf";
    private readonly TestSite _site = new();
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "uprsite-theme-" + Guid.NewGuid().ToString("N"));

    public WebFontTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Theme, file);
            if (relative.StartsWith(Path.Combine("assets", "fonts"), StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_theme, relative))!);
            File.Copy(file, Path.Combine(_theme, relative));
        }
    }

    [Fact]
    public void Without_the_fonts_no_page_links_a_font_stylesheet_and_every_link_resolves()
    {
        var result = Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Output!.Files.Keys, p => p.StartsWith("assets/fonts/", StringComparison.Ordinal));
        foreach (var (path, _) in result.Output.HtmlPages)
        {
            Assert.Empty(Dom.Page(result, path).QuerySelectorAll("link[href*='assets/fonts/']"));
        }
    }

    [Fact]
    public void Installed_fonts_are_linked_from_every_page_under_their_hashed_names()
    {
        Directory.CreateDirectory(Path.Combine(_theme, "assets", "fonts"));
        File.Copy(Khmer, Path.Combine(_theme, "assets", "fonts", "khmer.ttf"));
        File.WriteAllText(Path.Combine(_theme, "assets", "fonts", "fonts.css"),
            "@font-face { font-family: \"Noto Sans Khmer\"; src: local(\"Noto Sans Khmer\"), url(\"khmer.ttf\") format(\"truetype\"); }\n");

        var result = Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var font = result.Output!.Files.Keys.Single(p => p.StartsWith("assets/fonts/khmer.", StringComparison.Ordinal));
        foreach (var (path, _) in result.Output.HtmlPages)
        {
            var href = Dom.Page(result, path).QuerySelector("link[rel=stylesheet][href*='assets/fonts/']")?.GetAttribute("href");
            Assert.NotNull(href);
            Assert.Matches(@"assets/fonts/fonts\.[0-9a-f]{10}\.css$", href);
            var css = Encoding.UTF8.GetString(result.Output.Files[RelativeUrl.Resolve(path, href)].Content);
            Assert.Contains($"url(\"{font["assets/fonts/".Length..]}\")", css, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_theme, recursive: true);
    }

    private BuildResult Build() => SiteBuilder.Build(_site.Options(write: false) with { ThemeDir = _theme });
}
