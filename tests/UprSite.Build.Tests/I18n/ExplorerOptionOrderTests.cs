using System.Globalization;

namespace UprSite.Build.Tests.I18n;

/// <summary>The explorer's theme and State options are in the alphabetical order of the names the page shows.</summary>
public sealed class ExplorerOptionOrderTests(OneRecommendationSite site) : IClassFixture<OneRecommendationSite>
{
    private List<string> Options(string language, string filter) =>
        site.Page($"{language}/countries/kh/recommendations/index.html").QuerySelectorAll($"#filter-{filter} option").Skip(1)
            .Select(o => o.GetAttribute("value")!).ToList();

    [Fact]
    public void French_theme_options_follow_the_French_names_not_the_English_ones()
    {
        // "Labour" < "Right to land" in English; "Droit à la terre" < "Travail" in French.
        Assert.Equal(["Labour", "Right to land"], Options("en", "theme"));
        Assert.Equal(["Right to land", "Labour"], Options("fr", "theme"));
        var labels = site.Page("fr/countries/kh/recommendations/index.html").QuerySelectorAll("#filter-theme option").Skip(1).Select(o => o.TextContent).ToList();
        Assert.Equal(labels.Order(StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), false)), labels);
    }
}
