using System.Globalization;
using UprSite.Core.Reference;

namespace UprSite.Build.Tests.Network;

/// <summary>
/// The comparison downloads of the many-country sample hold the figures of its rows, counted here from the sample's
/// CSV files (with this test's own reader) and the reference data's regional groups, not by the build's statistics.
/// </summary>
[Collection(NetworkCollection.Name)]
public sealed class ComparisonFiguresTests(NetworkSample sample)
{
    private IReadOnlyList<(string Country, SampleRow Row)> Rows =>
        sample.Countries.SelectMany(c => SampleRows.Of(c).Select(r => (c, r))).ToList();

    private IReadOnlyList<IReadOnlyDictionary<string, string>> Csv(string table) =>
        BuiltCsv.Read(Path.Combine(sample.Output, "data", "compare", table + ".csv"));

    private static int Int(IReadOnlyDictionary<string, string> line, string key) => int.Parse(line[key], CultureInfo.InvariantCulture);

    private static double Share(IReadOnlyDictionary<string, string> line, string key) => double.Parse(line[key], CultureInfo.InvariantCulture);

    /// <summary>received, supported, partly supported and noted of the rows, and the supported share, against one CSV line.</summary>
    private static void Counts(IReadOnlyDictionary<string, string> line, IReadOnlyCollection<SampleRow> rows, string what)
    {
        Assert.True(rows.Count == Int(line, "received"), $"{what}: {rows.Count} rows, the CSV says {line["received"]}");
        Assert.Equal(rows.Count(r => r.Response == "supported"), Int(line, "supported"));
        Assert.Equal(rows.Count(r => r.Response == "noted"), Int(line, "noted"));
        if (line.TryGetValue("partly_supported", out var partly))
        {
            Assert.Equal(rows.Count(r => r.Response == "partly-supported"), int.Parse(partly, CultureInfo.InvariantCulture));
        }

        Assert.Equal(Math.Round((double)rows.Count(r => r.Response == "supported") / rows.Count, 4), Share(line, "supported_share"), 4);
    }

    private static IEnumerable<string> IssuesOf(SampleRow row) =>
        row.Issues.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);

    private static string? GroupOf(string state) => UnStates.Resolve(state).State?.Group is { } g ? RegionalGroups.Label(g) : null;

    [Fact]
    public void Each_cycle_of_all_countries_together_counts_every_row_of_that_cycle()
    {
        var lines = Csv("cycles-all");
        var cycles = Rows.Select(p => p.Row.Cycle).Distinct().Order().ToList();

        Assert.Equal(cycles.Select(c => c.ToString(CultureInfo.InvariantCulture)), lines.Select(l => l["cycle"]));
        Assert.Equal(480, lines.Sum(l => Int(l, "received")));
        foreach (var line in lines)
        {
            Counts(line, Rows.Where(p => p.Row.Cycle == Int(line, "cycle")).Select(p => p.Row).ToList(), "cycle " + line["cycle"]);
        }
    }

    [Fact]
    public void Each_country_and_cycle_shows_its_official_total_the_paragraphs_of_its_rows()
    {
        var lines = Csv("cycles-by-country");

        Assert.Equal(sample.Countries.Count * 4, lines.Count);
        foreach (var line in lines)
        {
            var paragraphs = SampleRows.Of(line["country"]).Where(r => r.Cycle == Int(line, "cycle")).DistinctBy(r => r.Paragraph).ToList();
            Assert.Equal("official", line["basis"]);
            Assert.Equal(paragraphs.Count, Int(line, "received"));
            Assert.Equal(paragraphs.Count(r => r.Response == "noted"), Int(line, "noted"));
        }

        var trend = Csv("cycles-trend");
        Assert.Equal(sample.Countries.Order(StringComparer.Ordinal), trend.Select(l => l["country"]).Order(StringComparer.Ordinal));
        foreach (var line in trend)
        {
            var first = lines.Single(l => l["country"] == line["country"] && l["cycle"] == "1");
            var last = lines.Single(l => l["country"] == line["country"] && l["cycle"] == "4");
            var change = Share(last, "supported_share") - Share(first, "supported_share");
            Assert.True(Math.Abs(change - Share(line, "change")) < 0.00015, $"{line["country"]}: {change} from cycle 1 to 4, the CSV says {line["change"]}");
        }
    }

    [Fact]
    public void Each_issue_counts_the_rows_that_name_it_over_all_countries_and_in_each()
    {
        var all = Csv("issues-all");
        var byIssue = Rows.SelectMany(p => IssuesOf(p.Row).Select(i => (Issue: i, p.Country, p.Row))).GroupBy(x => x.Issue).ToList();

        Assert.Equal(byIssue.Count, all.Count);
        foreach (var issue in byIssue)
        {
            var line = all.Single(l => l["issue"] == issue.Key);
            Counts(line, issue.Select(x => x.Row).ToList(), issue.Key);
            Assert.Equal(issue.Select(x => x.Country).Distinct().Count(), Int(line, "countries"));
        }

        Assert.Equal(byIssue.Max(g => g.Count()), Int(all[0], "received"));
        var pairs = Csv("issues-by-country");
        Assert.Equal(byIssue.Sum(g => g.Select(x => x.Country).Distinct().Count()), pairs.Count);
        foreach (var line in pairs)
        {
            Counts(line, SampleRows.Of(line["country"]).Where(r => IssuesOf(r).Contains(line["issue"])).ToList(), $"{line["country"]} {line["issue"]}");
        }
    }

    [Fact]
    public void Regional_groups_count_the_rows_by_the_reference_data_groups_of_both_states()
    {
        var rows = Rows;
        var recommending = Csv("regions-recommending");
        var expected = rows.Where(p => GroupOf(p.Row.RecommendingState) is not null).GroupBy(p => GroupOf(p.Row.RecommendingState)!).ToList();
        Assert.Equal(expected.Select(g => g.Key).Order(StringComparer.Ordinal), recommending.Select(l => l["recommending_group"]).Order(StringComparer.Ordinal));
        foreach (var group in expected)
        {
            Counts(recommending.Single(l => l["recommending_group"] == group.Key), group.Select(p => p.Row).ToList(), group.Key);
        }

        string Reviewed(string country) => RegionalGroups.Label(UnStates.ByAlpha2(country)!.Group!.Value);
        var reviewed = Csv("regions-reviewed");
        foreach (var group in rows.GroupBy(p => Reviewed(p.Country)))
        {
            var line = reviewed.Single(l => l["reviewed_group"] == group.Key);
            Counts(line, group.Select(p => p.Row).ToList(), group.Key);
            Assert.Equal(group.Select(p => p.Country).Distinct().Count(), Int(line, "countries"));
        }

        var matrix = Csv("regions-matrix");
        var cells = rows.Where(p => GroupOf(p.Row.RecommendingState) is not null)
            .GroupBy(p => (Reviewed(p.Country), GroupOf(p.Row.RecommendingState)!)).ToList();
        Assert.Equal(cells.Count, matrix.Count);
        foreach (var cell in cells)
        {
            Counts(matrix.Single(l => l["reviewed_group"] == cell.Key.Item1 && l["recommending_group"] == cell.Key.Item2),
                cell.Select(p => p.Row).ToList(), cell.Key.ToString());
        }
    }

    [Fact]
    public void Action_categories_say_per_country_how_many_the_site_estimated_where_the_source_gave_none()
    {
        var lines = Csv("categories-by-country");

        foreach (var country in sample.Countries)
        {
            var rows = SampleRows.Of(country);
            var line = lines.Single(l => l["country"] == country);
            Assert.Equal(rows.Count(r => r.ActionCategory.Length == 0), Int(line, "estimated"));
            Assert.True(Int(line, "classified") >= rows.Count(r => r.ActionCategory.Length > 0));
            Assert.Equal(1.0, Enumerable.Range(1, 5).Sum(k => Share(line, "category_" + k)), 2);
        }

        var all = Csv("categories-all");
        var coded = Rows.Where(p => p.Row.ActionCategory.Length > 0).GroupBy(p => p.Row.ActionCategory).ToList();
        foreach (var group in coded)
        {
            var line = all.Single(l => l["action_category"] == group.Key);
            Assert.True(Int(line, "received") >= group.Count(), $"category {group.Key}: {line["received"]} counted, {group.Count()} coded by the source");
            Assert.Equal(group.Count(), Int(line, "received") - Int(line, "estimated"));
        }

        Assert.Equal(lines.Sum(l => Int(l, "classified")), all.Sum(l => Int(l, "received")));
        Assert.Equal(lines.Sum(l => Int(l, "estimated")), all.Sum(l => Int(l, "estimated")));
    }
}
