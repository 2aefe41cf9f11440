using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// China's second-cycle OHCHR matrix (../shared/data/ohchr-matrix) by theme of the UN Human Rights Index on the
/// dashboard, in the explorer and in the output matrix, against <see cref="MatrixThemesCount"/>: a theme's count is,
/// over the paragraphs whose "Full list of themes" names it, the recommendations by State the site holds for each
/// paragraph (co-sponsors split by the importer, which other tests check).
/// </summary>
public sealed class MatrixUhriThemeTests(ChinaMatrixSite built) : IClassFixture<ChinaMatrixSite>
{
    private static readonly string Matrix = ChinaMatrixSite.Matrix;

    private readonly TestSite _site = built.Site;

    private readonly UprSite.Build.Pipeline.BuildResult _result = built.Result;

    private Dictionary<string, int> Expected(IReadOnlyDictionary<string, MatrixThemesCount.Paragraph> oracle)
    {
        var byState = Assert.Single(_result.Site!.Countries).Recommendations.GroupBy(r => r.Paragraph!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(oracle.Keys.Order(StringComparer.Ordinal), byState.Keys.Order(StringComparer.Ordinal));
        return oracle.SelectMany(p => p.Value.Themes.Distinct().Select(theme => (Theme: theme, States: byState[p.Key])))
            .GroupBy(t => t.Theme, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(t => t.States), StringComparer.Ordinal);
    }

    [Fact]
    public void The_dashboard_counts_each_theme_of_the_matrix_once_per_recommendation_by_State()
    {
        var oracle = MatrixThemesCount.Of(Matrix);
        var expected = Expected(oracle);
        Assert.Equal(252, oracle.Count);
        Assert.Equal(252, oracle.Values.Count(p => p.Themes.Count > 0));
        Assert.True(expected["A12 Acceptance of international norms"] > 20);

        var csv = File.ReadAllLines(Path.Combine(_site.Output, "data", "cn", "charts", "chart-uhri-themes.csv"));
        Assert.Equal("uhri_theme,received,supported,noted,supported_share", csv[0]);
        var shown = csv.Skip(1).Select(CsvFields.Of).ToDictionary(f => f[0], f => int.Parse(f[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), shown.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(shown.Values.Max(), shown[csv[1].Split(',')[0]]);

        var page = DataSite.Page(_site, "en/countries/cn/index.html");
        Assert.Equal("Recommendations by theme (UN Human Rights Index)", page.QuerySelector("#chart-uhri-themes h3")!.TextContent.Trim());
        Assert.StartsWith("Counted from the 285 recommendations by State, of the 285 this site holds, that their sources (OHCHR matrices or the UN Human Rights Index) file under a theme;",
            page.QuerySelector("#chart-uhri-themes .chart-note")!.TextContent.Trim());
        Assert.Equal(expected.Count, page.QuerySelectorAll("#chart-uhri-themes tbody tr").Length);

        // On Khmer pages every theme of the matrix is named in Khmer, from the reference data, with its code.
        var km = DataSite.Page(_site, "km/countries/cn/index.html");
        var names = km.QuerySelectorAll("#chart-uhri-themes tbody tr").Select(r => r.Children[0]).ToList();
        Assert.Equal(expected.Count, names.Count);
        Assert.All(names, cell =>
        {
            Assert.Matches(@"^[A-H][0-9]{1,2} [\u1780-\u17FF]", cell.TextContent.Trim());
            Assert.Null(cell.GetAttribute("lang"));
        });
        Assert.Contains("A12 ការទទួលយកបទដ្ឋានអន្តរជាតិ", names.Select(c => c.TextContent.Trim()));
        var option = DataSite.Page(_site, "km/countries/cn/recommendations/index.html").QuerySelector("#filter-uhri option[value='A12 Acceptance of international norms']")!;
        Assert.StartsWith("A12 ការទទួលយកបទដ្ឋានអន្តរជាតិ", option.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Statistics_json_gives_each_theme_of_the_matrix_with_its_basis()
    {
        var expected = Expected(MatrixThemesCount.Of(Matrix));
        using var statistics = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "data", "cn", "statistics.json")));
        var uhri = statistics.RootElement.GetProperty("uhri_themes");

        Assert.Equal((285, 285), (uhri.GetProperty("linked").GetInt32(), uhri.GetProperty("rows").GetInt32()));
        var themes = uhri.GetProperty("themes").EnumerateArray().ToList();
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal),
            themes.Select(t => KeyValuePair.Create(t.GetProperty("theme").GetString()!, t.GetProperty("received").GetInt32())).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Values.Max(), themes[0].GetProperty("received").GetInt32());
    }

    [Fact]
    public void The_explorer_filters_by_each_theme_with_its_count()
    {
        var expected = Expected(MatrixThemesCount.Of(Matrix));
        var page = DataSite.Page(_site, "en/countries/cn/recommendations/index.html");

        var options = page.QuerySelectorAll("#filter-uhri option").Skip(1).ToList();
        using var index = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "data", "cn", "explorer", "index.json")));
        var filters = index.RootElement.GetProperty("f").EnumerateArray().ToList();
        var uhri = filters.FindIndex(f => f.GetProperty("k").GetString() == "uhri");
        var values = filters[uhri].GetProperty("v").EnumerateArray().Select(v => v.GetString()).ToList();
        var rows = index.RootElement.GetProperty("r").EnumerateArray().Select(r => r[uhri].EnumerateArray().Select(c => values[c.GetInt32()]).ToList()).ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), options.Select(o => o.GetAttribute("value")!));
        foreach (var option in options)
        {
            var theme = option.GetAttribute("value")!;
            Assert.EndsWith($"({expected[theme].ToString(CultureInfo.InvariantCulture)})", option.TextContent, StringComparison.Ordinal);
            Assert.Equal(expected[theme], rows.Count(r => r.Contains(theme)));
        }
    }

    [Fact]
    public void The_output_matrix_files_each_paragraph_under_the_sources_own_51_clusters()
    {
        var oracle = MatrixThemesCount.Of(Matrix);
        Assert.Equal(51, oracle.Values.Select(p => p.Cluster).Distinct().Count());

        using var document = WordprocessingDocument.Open(new MemoryStream(File.ReadAllBytes(Path.Combine(_site.Output, "data", "cn", "matrix-cycle2.docx"))), false);
        var table = document.MainDocumentPart!.Document.Body!.Descendants<Table>().MaxBy(t => t.Elements<TableRow>().Count())!;
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        var clusters = new List<string>();
        foreach (var first in table.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().First().Elements<Paragraph>().First().InnerText))
        {
            if (first.StartsWith("Theme: ", StringComparison.Ordinal))
            {
                clusters.Add(first["Theme: ".Length..]);
            }
            else
            {
                written.Add(first[..first.IndexOf(". ", StringComparison.Ordinal)], clusters[^1]);
            }
        }

        Assert.Equal(oracle.Values.Select(p => p.Cluster).Distinct().Order(StringComparer.Ordinal), clusters.Order(StringComparer.Ordinal));
        Assert.Equal(oracle.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Cluster)),
            written.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
    }
}
