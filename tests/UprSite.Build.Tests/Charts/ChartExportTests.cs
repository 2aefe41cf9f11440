using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Charts;

/// <summary>What the sample's chart downloads print (the figure's export block), and how the figures draw their series.</summary>
[Collection(SampleCollection.Name)]
public sealed class ChartExportTests(SampleSite sample)
{
    [Fact]
    public void A_chart_of_official_totals_names_each_cycles_document_the_data_date_the_site_and_the_licence()
    {
        var export = Figure("fr", "chart-cycles")["export"]!;
        var lines = export["lines"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();

        Assert.Equal("kh-cycles-fr", export["file"]!.GetValue<string>());
        Assert.Equal("Recommandations reçues à chaque cycle, et la réponse", export["title"]!.GetValue<string>());
        Assert.StartsWith("Source\u202F: Chiffres officiels", lines[0], StringComparison.Ordinal);
        Assert.Contains("Cycle 1\u202F: Report of the Working Group on the UPR, A/HRC/13/4; Cycle 2", lines[0], StringComparison.Ordinal);
        // The latest date of Cambodia's sample data: the fourth review (2024-05-08), after the ratings (2024-01-15).
        Assert.Equal("Données au 8 mai 2024", lines[1]);
        Assert.Equal("Coalition cambodgienne pour l'EPU · https://uprsite-sample.netlify.app/fr/countries/kh/#chart-cycles", lines[2]);
        Assert.StartsWith("CC BY 4.0 : ", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_counted_from_the_rows_says_so_and_names_no_document()
    {
        var lines = Figure("en", "chart-states")["export"]!["lines"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();

        Assert.Equal("Source: Counted from the 30 recommendations by State this site holds, not from the official totals.", lines[0]);
        Assert.DoesNotContain("A/HRC", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Themes_across_cycles_are_grouped_bars_one_per_cycle_not_stacked()
    {
        var figure = Figure("en", "chart-theme-trends");

        Assert.Equal("group", figure["layout"]!["barmode"]!.GetValue<string>());
        var traces = figure["data"]!.AsArray();
        Assert.True(traces.Count >= 2);
        Assert.All(traces, t => Assert.Equal("h", t!["orientation"]!.GetValue<string>()));
        Assert.Equal(["var(--cycle-1)", "var(--cycle-2)"], traces.Take(2).Select(t => t!["marker"]!["color"]!.GetValue<string>()));
    }

    [Fact]
    public void Noted_bars_are_hatched_and_supported_bars_solid()
    {
        var traces = Figure("en", "chart-cycles")["data"]!.AsArray().ToDictionary(t => t!["marker"]!["color"]!.GetValue<string>());

        Assert.Equal("/", traces["var(--noted)"]!["marker"]!["pattern"]!["shape"]!.GetValue<string>());
        Assert.Null(traces["var(--supported)"]!["marker"]!["pattern"]);
    }

    [Fact]
    public void The_supported_and_noted_ring_names_its_slices()
    {
        var ring = Figure("en", "chart-responses")["data"]![0]!;

        Assert.Equal("label+percent", ring["textinfo"]!.GetValue<string>());
    }

    private JsonNode Figure(string language, string chart)
    {
        var html = System.Text.Encoding.UTF8.GetString(sample.Result.Output!.Files[$"{language}/countries/kh/index.html"].Content);
        var block = new HtmlParser().ParseDocument(html).GetElementById(chart + "-figure")!;
        return JsonNode.Parse(block.TextContent)!;
    }
}
