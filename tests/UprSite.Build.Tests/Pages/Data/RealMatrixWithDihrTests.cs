using System.Text.Json;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>
/// China's cycle-2 OHCHR matrix beside DIHR's cycle-2 export, both from ../shared/data: the two give the same 252
/// paragraphs (DIHR some of them clause by clause), and each State counts once per paragraph, 285 as in the matrix.
/// </summary>
public sealed class RealMatrixWithDihrTests
{
    [Fact]
    public void The_matrix_and_DIHR_merge_into_252_paragraphs_and_285_recommendations_by_State()
    {
        using var site = new TestSite(withCountry: false);
        site.Write("site.yml", TestSite.MinimalSiteYml).Write("countries/cn/country.yml", "names: {en: China}\n");
        site.CopyInto(Path.Combine(RepoPaths.SharedData, "ohchr-matrix", "china-cycle2-2013.docx"), "countries/cn/recommendations/china.docx");
        site.CopyInto(RealExports.DihrCycle2, "countries/cn/recommendations/upr2.xlsx");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data", "cn", "statistics.json")));
        var rows = json.RootElement.GetProperty("cycles")[0].GetProperty("rows");
        Assert.Equal((252, 285), (rows.GetProperty("recommendations").GetInt32(), rows.GetProperty("received").GetInt32()));
        var lines = File.ReadAllLines(Path.Combine(site.Output, "data", "cn", "recommendations.csv")).Skip(1).ToList();
        Assert.Single(lines, l => l.Contains(",186.1,", StringComparison.Ordinal) && l.Contains(",Maldives,", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains(",186.17,", StringComparison.Ordinal) && l.Contains(",Benin,", StringComparison.Ordinal));
    }
}
