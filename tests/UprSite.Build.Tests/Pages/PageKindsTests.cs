using UprSite.Build.Pages;
using UprSite.Build.Pages.Models;
using UprSite.Build.Templates;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages;

/// <summary>The registry of page kinds and partials agrees with the theme and with docs/theming.md.</summary>
public sealed class PageKindsTests
{
    private static readonly string Theming = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "theming.md"));

    [Fact]
    public void Every_page_kind_has_its_layout_in_the_theme_a_page_model_and_a_row_in_the_theming_guide()
    {
        Assert.Equal(PageKinds.All.Count, PageKinds.All.Select(k => k.Name).Distinct().Count());
        foreach (var kind in PageKinds.All)
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Theme, kind.Layout)), kind.Layout);
            Assert.True(kind.Model.IsSubclassOf(typeof(PageModel)), kind.Model.Name);
            Assert.Contains($"| `{kind.Name}` |", Theming, StringComparison.Ordinal);
            Assert.Contains(kind.Model.Name, Theming, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_partial_of_the_theme_has_its_parameters_declared_and_documented()
    {
        var partials = Directory.GetFiles(Path.Combine(RepoPaths.Theme, "partials"), "*.html").Select(Path.GetFileNameWithoutExtension).Order().ToList();

        Assert.Equal(partials, PartialParameters.ByPartial.Keys.Order());
        foreach (var partial in partials)
        {
            Assert.Contains($"`{partial}`", Theming, StringComparison.Ordinal);
            foreach (var parameter in PartialParameters.Of(partial!))
            {
                Assert.Contains($"`{parameter}`", Theming, StringComparison.Ordinal);
            }
        }
    }
}
