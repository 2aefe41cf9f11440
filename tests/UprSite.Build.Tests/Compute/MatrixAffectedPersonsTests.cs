using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// China's second-cycle OHCHR matrix (../shared/data/ohchr-matrix) by affected persons on the built dashboard,
/// against <see cref="MatrixAffectedPersonsCount"/>: a group's count is, over the paragraphs the document says
/// concern it, the number of recommendations by State the site holds for each paragraph (co-sponsors split by the
/// importer, which other tests check).
/// </summary>
public sealed class MatrixAffectedPersonsTests
{
    private const string CountryYml = """
        names: {en: China, km: ចិន}
        reviews:
          - cycle: 2
            session: 17
            date: 2013-10-22
            documents: {report: A/HRC/25/5}
        """;

    [Fact]
    public void The_dashboard_counts_each_group_the_matrix_names_once_per_recommendation_by_State()
    {
        var oracle = MatrixAffectedPersonsCount.Of(Path.Combine(RepoPaths.SharedData, "ohchr-matrix", "china-cycle2-2013.docx"));
        using var site = new TestSite(withCountry: false).Write("countries/cn/country.yml", CountryYml)
            .CopyInto(Path.Combine(RepoPaths.SharedData, "ohchr-matrix", "china-cycle2-2013.docx"), "countries/cn/recommendations/matrix.docx");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(252, oracle.Count);
        var rows = Assert.Single(result.Site!.Countries).Recommendations;
        var byState = rows.GroupBy(r => r.Paragraph!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(oracle.Keys.Order(StringComparer.Ordinal), byState.Keys.Order(StringComparer.Ordinal));
        var expected = oracle.SelectMany(p => p.Value.Select(group => (Group: group.ToLowerInvariant(), States: byState[p.Key])))
            .GroupBy(g => g.Group).ToDictionary(g => g.Key, g => g.Sum(x => x.States));
        Assert.True(expected["general"] > 100);

        var csv = File.ReadAllLines(Path.Combine(site.Output, "data", "cn", "charts", "chart-affected-persons.csv"));
        Assert.Equal("affected_persons,received,supported,noted,supported_share", csv[0]);
        var shown = csv.Skip(1).Select(CsvFields.Of).ToDictionary(f => f[0].ToLowerInvariant(), f => int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), shown.OrderBy(p => p.Key, StringComparer.Ordinal));
        var note = DataSite.Page(site, "en/countries/cn/index.html").QuerySelector("#chart-affected-persons .chart-note")!.TextContent.Trim();
        Assert.StartsWith($"Counted from the {rows.Count(r => r.AffectedPersons.Count > 0)} recommendations by State, of the {rows.Count} this site holds,", note);
    }
}
