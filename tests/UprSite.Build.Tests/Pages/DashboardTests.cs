using System.Text.Json;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages;

public sealed class DashboardTests : IDisposable
{
    private readonly TestSite _site = DataSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_chart_has_a_container_a_figure_block_a_summary_a_table_and_a_csv_that_exists()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = DataSite.Page(_site, "en/countries/kh/index.html");

        var charts = page.QuerySelectorAll("section.chart");
        Assert.Equal(
            ["chart-cycles", "chart-responses", "chart-themes", "chart-states", "chart-categories", "chart-regions",
             "chart-implementation-cycles", "chart-implementation-themes"],
            charts.Select(c => c.Id));
        foreach (var chart in charts)
        {
            var canvas = chart.QuerySelector(".chart-canvas[data-chart]")!;
            var block = page.GetElementById(canvas.GetAttribute("data-chart")!)!;
            Assert.Equal("application/json", block.GetAttribute("type"));
            using var figure = JsonDocument.Parse(block.TextContent);
            Assert.True(figure.RootElement.GetProperty("data").GetArrayLength() > 0);
            Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector(".chart-summary")!.TextContent));
            Assert.NotEmpty(chart.QuerySelectorAll("table tbody tr"));
            var csv = chart.QuerySelector(".chart-links a")!.GetAttribute("href")!;
            Assert.Equal($"../../../data/kh/charts/{chart.Id}.csv", csv);
            Assert.True(File.Exists(Path.Combine(_site.Output, "data", "kh", "charts", chart.Id + ".csv")));
        }
    }

    [Fact]
    public void The_cycle_chart_shows_the_declared_total_with_its_source_and_a_note_on_the_rows()
    {
        _site.Build();
        var page = DataSite.Page(_site, "en/countries/kh/index.html");

        var cells = page.QuerySelectorAll("#chart-cycles tbody tr")[0].Children.Select(c => c.TextContent).ToList();
        Assert.Equal(["Cycle 2", "205", "163", "42", "79.5%", "A/HRC/26/16 and addendum", "6", "6"], cells);
        var note = page.GetElementById("cycle-2-note")!.TextContent;
        Assert.Contains("The official total is 205", note, StringComparison.Ordinal);
        Assert.Contains("This site holds 6 recommendations by State for this cycle (4 supported and 2 noted);", note, StringComparison.Ordinal);
        Assert.DoesNotContain("rows.csv", note, StringComparison.Ordinal);
        Assert.EndsWith("A recommendation made by several States counts once for each of them among recommendations by State, so their number can differ from the official total.",
            note, StringComparison.Ordinal);
        Assert.DoesNotContain("UPR Info", note, StringComparison.Ordinal);
        Assert.Equal("Cambodia received 205 recommendations in cycle 2 (official total), the only cycle with figures on this site; it supported 79.5% of them.",
            page.QuerySelector("#chart-cycles .chart-summary")!.TextContent);
    }

    [Fact]
    public void Breakdown_tables_count_the_rows_and_link_states_to_their_pages()
    {
        _site.Build();
        var page = DataSite.Page(_site, "en/countries/kh/index.html");

        var themes = page.QuerySelectorAll("#chart-themes tbody tr").Select(r => (r.Children[0].TextContent, r.Children[1].TextContent)).ToList();
        Assert.Equal(("Right to land", "3"), themes[0]);
        Assert.Equal(("Justice", "2"), themes[1]);
        var states = page.QuerySelectorAll("#chart-states tbody th a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(("France", "states/france/index.html"), states[0]);
        Assert.Contains(("Côte d'Ivoire", "states/cote-d-ivoire/index.html"), states);
        Assert.Equal(["0", "1", "1", "2", "2"], page.QuerySelectorAll("#chart-categories tbody tr").Select(r => r.Children[1].TextContent));
        Assert.Equal("2 States made the most of the recommendations this site holds, 2 each; 4 States made recommendations in all.",
            page.QuerySelector("#chart-states .chart-summary")!.TextContent);
    }

    [Fact]
    public void The_traffic_light_shows_every_rating_with_its_evidence_and_source()
    {
        _site.Build();
        var page = DataSite.Page(_site, "en/countries/kh/index.html");

        var rows = page.QuerySelectorAll("#traffic-light tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Equal("status-not-implemented", rows[0].ClassName);
        Assert.Contains("No eviction law has been tabled", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Coalition monitoring note 2023", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(["1", "1", "1", "0", "3", "Recommendations"], page.QuerySelectorAll("#chart-implementation-cycles tbody tr")[0].Children.Skip(1).Select(c => c.TextContent));
    }

    [Fact]
    public void Pages_carry_no_inline_script_and_plotly_is_served_from_the_site()
    {
        var result = _site.Build();

        foreach (var (path, _) in result.Output!.HtmlPages)
        {
            var page = DataSite.Page(result, path);
            foreach (var script in page.QuerySelectorAll("script"))
            {
                Assert.True(script.HasAttribute("src") || script.GetAttribute("type") == "application/json", $"{path}: {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
                Assert.False(script.GetAttribute("src")?.Contains("//", StringComparison.Ordinal) ?? false, $"{path} loads a script from elsewhere");
            }

            Assert.Empty(page.QuerySelectorAll("[style]"));
        }

        // Asset names carry a hash of their content (AssetPlan): assets/js/plotly.<hash>.min.js.
        string Asset(string pattern) => result.Output.Files.Keys.Single(k => System.Text.RegularExpressions.Regex.IsMatch(k, pattern));
        var plotly = result.Output.Files[Asset(@"^assets/js/plotly\.[0-9a-f]{10}\.min\.js$")].Content;
        // The theme's basic bundle when scripts/install-plotly.sh has installed it, else the full one Plotly.NET carries.
        var installed = Path.Combine(RepoPaths.Theme, "assets", "js", "plotly.min.js");
        var expected = File.Exists(installed) ? File.ReadAllBytes(installed) : UprSite.Build.Charts.PlotlyScript.Files()[0].Content;
        Assert.Equal(expected, plotly);
        Assert.StartsWith("/**\n* plotly.js ", System.Text.Encoding.UTF8.GetString(plotly, 0, 40), StringComparison.Ordinal);
        Assert.True(result.Output.Files.ContainsKey("assets/js/plotly.min.js.LICENSE.txt"));
        Assert.NotNull(Asset(@"^assets/js/charts\.[0-9a-f]{10}\.js$"));
    }

    [Fact]
    public void Khmer_and_French_pages_use_their_own_words_and_number_formats()
    {
        _site.Write("site.yml", TestSite.MinimalSiteYml + "\n  - {code: fr, label: Français, locale: fr-FR}\n");
        _site.Build();
        var fr = DataSite.Page(_site, "fr/countries/kh/index.html");
        var km = DataSite.Page(_site, "km/countries/kh/index.html");

        Assert.Equal("79,5 %", fr.QuerySelectorAll("#chart-cycles tbody tr")[0].Children[4].TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.StartsWith("Au cycle 2, seul cycle dont ce site a des chiffres", fr.QuerySelector("#chart-cycles .chart-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("វដ្តទី 2", km.QuerySelectorAll("#chart-cycles tbody tr")[0].Children[0].TextContent);
        Assert.Equal("បានអនុវត្តពេញលេញ", km.QuerySelector("#traffic-light .status-fully-implemented .status-badge")!.TextContent);
    }
}
