using AngleSharp.Dom;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// The dashboard of a site holding one recommendation, read in English and French: no superlative over one cycle, no
/// "of them" for one, no article before "1" in French, "en a accepté" without agreement; and a tie said as a tie.
/// </summary>
public sealed class SingleRecommendationSentenceTests(SingleRecommendationSite site) : IClassFixture<SingleRecommendationSite>
{
    private const char N = '\u202F';

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public void English_sentences_read_right_for_one_recommendation_in_one_cycle()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var dashboard = site.Page("en/countries/kh/index.html");

        Assert.Equal("This site holds one recommendation by State to Cambodia, from cycle 2.", Text(dashboard, "#chart-cycles .chart-summary"));
        Assert.Equal("This site holds 1 recommendation by State: 1 supported (100.0%).", Text(dashboard, "#chart-responses .chart-summary"));
        Assert.Equal("The one recommendation by State this site holds that carries a theme is on Justice.", Text(dashboard, "#chart-themes .chart-summary"));
        Assert.All(dashboard.QuerySelectorAll(".chart-summary"), summary => Assert.DoesNotContain("the most", summary.TextContent, StringComparison.Ordinal));
        Assert.Equal("Counted from 1 recommendation by State this site holds, not from the official totals.", Text(dashboard, "#chart-responses .chart-note"));
        Assert.DoesNotContain("of them", dashboard.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("the most of any cycle", dashboard.Body.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Counted from the only recommendation by State this site holds, which its source links to a Sustainable Development Goal;",
            Text(dashboard, "#chart-sdgs .chart-note"), StringComparison.Ordinal);
        Assert.StartsWith("Counted from the only recommendation by State this site holds, whose source names the persons it concerns;",
            Text(dashboard, "#chart-affected-persons .chart-note"), StringComparison.Ordinal);
        Assert.DoesNotContain("of the 1 ", dashboard.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal("The recommending State on each theme", Text(dashboard, "#top-states-by-theme-title"));
        Assert.Equal("The theme of the recommendations by State", Text(dashboard, "#chart-themes h3"));
        Assert.Equal("The State that made the recommendations", Text(dashboard, "#chart-states h3"));
        Assert.Equal(["The recommendation (CSV)", "The recommendation (JSON)"], dashboard.QuerySelectorAll(".data-links a[download]").Take(2).Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void French_sentences_read_right_for_one_recommendation_in_one_cycle()
    {
        var dashboard = site.Page("fr/countries/kh/index.html");
        var text = dashboard.Body!.TextContent;

        Assert.Equal("Ce site contient une recommandation par État adressée au Cambodge, du cycle 2.", Text(dashboard, "#chart-cycles .chart-summary"));
        Assert.StartsWith($"Ce site contient 1 recommandation par État{N}: 1 acceptée", Text(dashboard, "#chart-responses .chart-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("la 1 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("en a acceptées", text, StringComparison.Ordinal);
        Assert.Contains("en a accepté", text, StringComparison.Ordinal);
    }
}
