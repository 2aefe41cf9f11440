using System.Text.Json;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>
/// China's cycle-2 OHCHR matrix from ../shared/data: every row gives its paragraph, so the site counts the 252
/// recommendations (204 supported, 48 noted: the official figures) beside its 285 recommendations by State.
/// </summary>
public sealed class RealMatrixFiguresTests : IDisposable
{
    private readonly TestSite _site = new(withCountry: false);

    public RealMatrixFiguresTests()
    {
        _site.Write("site.yml", TestSite.MinimalSiteYml).Write("countries/cn/country.yml", "names: {en: China}\n");
        var folder = Path.Combine(_site.Input, "countries", "cn", "recommendations");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RepoPaths.SharedData, "ohchr-matrix", "china-cycle2-2013.docx"), Path.Combine(folder, "china-cycle2-2013.docx"));
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_252_paragraphs_are_set_beside_the_285_recommendations_by_State()
    {
        var page = DataSite.Page(_site, "en/countries/cn/index.html");

        Assert.Equal(["285", "252"], page.QuerySelector("#chart-cycles tbody tr")!.Children.Select(c => c.TextContent).TakeLast(2));
        Assert.Equal("Cycle 2: 252 recommendations as the Working Group report numbers them, and 285 recommendations by State (one for each State that made one).",
            page.QuerySelector(".paragraph-counts li")!.TextContent);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "data", "cn", "statistics.json")));
        var rows = json.RootElement.GetProperty("cycles")[0].GetProperty("rows");
        Assert.Equal((252, 204, 48, true), (rows.GetProperty("recommendations").GetInt32(), rows.GetProperty("recommendations_supported").GetInt32(),
            rows.GetProperty("recommendations_noted").GetInt32(), rows.GetProperty("paragraphs_known").GetBoolean()));
        Assert.EndsWith(",285,252", File.ReadAllLines(Path.Combine(_site.Output, "data", "cn", "charts", "chart-cycles.csv"))[1], StringComparison.Ordinal);
    }
}
