using AngleSharp.Html.Parser;
using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Pages;
using UprSite.Build.Pipeline;
using UprSite.Build.Sources;
using UprSite.Build.Tests.Support;
using UprSite.Build.Validation;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.Factsheets;

/// <summary>"What the State was already told" on the sample land factsheet, with rows built here (the sample has none yet).</summary>
public sealed class PreviousRecommendationsPageTests
{
    private static Recommendation Row(string id, int cycle, string state, string text, Response response, string issue) =>
        new(id, cycle, null, "Cambodia", state, null, text, response, [issue], null, null, null, [], new RowRef("rows.csv", 2));

    private static AngleSharp.Html.Dom.IHtmlDocument RenderLand(string language, IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating> ratings)
    {
        var diagnostics = new DiagnosticList();
        var sources = SourceLoader.Load(RepoPaths.Input, RepoPaths.Theme, diagnostics);
        var parsed = new SiteParser().Parse(sources, diagnostics)!;
        var site = SiteValidator.Validate(parsed, diagnostics);
        site = site with { Countries = site.Countries.Select(c => c with { Recommendations = rows, Implementation = ratings }).ToList() };
        var strings = new UiStrings(parsed.Strings, "en", "input/i18n");
        var output = new SiteRenderer(site, parsed.Markdown, SiteFigures.Compute(site, strings), Stages.Assets(sources, site).Output, sources, strings, diagnostics).Render().Output;
        Assert.False(diagnostics.HasErrors);
        return new HtmlParser().ParseDocument(new MemoryStream(output.Files[$"{language}/countries/kh/factsheets/land/index.html"].Content));
    }

    [Fact]
    public void Cycles_States_and_the_most_specific_recommendations_with_their_rating_are_shown()
    {
        var page = RenderLand("en",
            [
                Row("1", 2, "Germany", "Continue land reform", Response.Supported, "Right to land"),
                Row("2", 2, "France", "Adopt a law on evictions", Response.Noted, "Right to housing"),
                Row("3", 3, "Brazil", "Establish a land dispute mechanism", Response.Supported, "Right to land"),
                Row("4", 3, "Japan", "Ratify the Convention", Response.Supported, "Labour"),
            ],
            [new ImplementationRating("3", ImplementationStatus.PartiallyImplemented, "Set up in 2021, few cases heard", null, null, new RowRef("i.csv", 2))]);

        var section = page.QuerySelector(".factsheet-previous")!;
        Assert.Equal("Of the recommendations this site holds, 3 recommendations to Cambodia in earlier reviews were on these issues: 2 supported and 1 noted.",
            section.QuerySelector(".previous-summary")!.TextContent);
        var rows = section.QuerySelectorAll("tbody tr").Select(r => string.Join('|', r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["2|2|1|1|France, Germany", "3|1|1|0|Brazil"], rows);
        var first = section.QuerySelector(".previous-items li")!;
        Assert.Equal("Establish a land dispute mechanism", first.QuerySelector("q")!.TextContent);
        Assert.Equal("Partially implemented", first.QuerySelector(".status.status-partially-implemented")!.TextContent);
        Assert.Contains("Set up in 2021", first.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_rows_on_the_issues_the_section_says_so_in_the_page_language()
    {
        var none = RenderLand("en", [Row("4", 3, "Japan", "Ratify the Convention", Response.Supported, "Labour")], []);
        var noData = RenderLand("km", [], []);

        Assert.Equal("This site holds 1 recommendation by State to Cambodia, and it is not on these issues.",
            none.QuerySelector(".previous-summary")!.TextContent);
        Assert.Null(none.QuerySelector(".previous-table"));
        Assert.Contains("កម្ពុជា", noData.QuerySelector(".previous-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_read_from_a_canonical_csv_reach_the_factsheet()
    {
        using var site = new TestSite();
        site.Write("countries/kh/recommendations/rows.csv",
                "id,cycle,session,recommending_state,response,issues,text\n"
                + "r1,2,18,Germany,supported,Right to land,Adopt a land law that protects tenure by 2016\n"
                + "r2,2,18,France,noted,Right to land; Justice,Consider a moratorium on evictions\n"
                + "r3,2,18,Japan,supported,Labour,Ratify the ILO convention on domestic work\n")
            .Write("countries/kh/factsheets/land.en.md",
                "---\ntitle: Land\nissues: [Right to land]\n---\nContext.\n\n## Questions\n\n1. A?\n2. B?\n3. C?\n4. D?\n\n## Recommendations\n\n1. Adopt a law by 2027.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("en/countries/kh/factsheets/land/index.html"));
        Assert.Equal("Of the recommendations this site holds, 2 recommendations to Cambodia in earlier reviews were on these issues: 1 supported and 1 noted.",
            page.QuerySelector(".previous-summary")!.TextContent);
        Assert.Equal("France, Germany", page.QuerySelector(".previous-table td.previous-states")!.TextContent);
        Assert.Equal("Adopt a land law that protects tenure by 2016", page.QuerySelector(".previous-items q")!.TextContent);
    }
}
