using UprSite.Build.Charts;
using UprSite.Core.Statistics;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// The comparison by UPR issue, counted from the recommendations by State that carry an issue: every issue over all
/// States under Review (the largest drawn), then the supported share of the largest issues in each State under Review.
/// </summary>
public static class IssueComparisonBuilder
{
    /// <summary>Nothing when no row carries an issue (the view is then left out).</summary>
    public static IReadOnlyList<ComparisonSection> Build(ComparisonContext c)
    {
        var l = c.Labels;
        if (c.Comparison.Issues.Count == 0)
        {
            return [];
        }

        return
        [
            new("all", l.T("compare.section.all"), [new(Top(c), true), new(All(c), false)]),
            new("by-country", l.T("compare.section.by_country"), [ByCountry(c)]),
        ];
    }

    /// <summary>"Counted from 400 of the 480 recommendations by State…, those that carry an issue; … once under each."</summary>
    private static string Note(ComparisonContext c)
    {
        var l = c.Labels;
        if (c.Comparison.WithoutIssue == 0)
        {
            return l.Count("data.note.themes", c.Comparison.WithIssue);
        }

        var note = l.Count("compare.note.issues", c.Comparison.WithIssue, c.Comparison.Total.Received,
            ("total", l.Format.Number(c.Comparison.Total.Received)));
        return note + " " + l.Count("compare.note.without_issue", c.Comparison.WithoutIssue);
    }

    private static ChartValue IssueValue(DataLabels l, string issue) => ChartValue.Text(issue, l.Issue(issue));

    private static ChartData Top(ComparisonContext c)
    {
        var l = c.Labels;
        var top = c.Comparison.Issues[0];
        var issues = c.Comparison.Issues;
        var summary = LeaderSentence.Of(l, "compare.issues.top_summary", issues.Count, issues.Count(i => i.Received == top.Received),
            c.Comparison.WithIssue, ("issue", l.Issue(top.Key)),
            ("top", l.Format.Number(top.Received)), ("share", l.Format.Percent(Shares.Of(top.Received, c.Comparison.WithIssue))),
            ("supported_share", l.Format.Percent(top.SupportedRate)));
        return ComparisonColumns.Trimmed(new ChartData("issues-top", ChartShape.StackedBar, LeaderSentence.Title(l, "compare.issues.top_title", issues.Count), summary, Note(c),
            ComparisonColumns.Of(l, "issue", l.T("data.column.theme"), l.T("many.column.by_state")),
            c.Comparison.Issues.Take(BreakdownCharts.TopCount).Select(g => ComparisonColumns.Row(l, IssueValue(l, g.Key), g)).ToList(),
            l.T("data.axis.recommendations")));
    }

    private static ChartData All(ComparisonContext c)
    {
        var l = c.Labels;
        var columns = ComparisonColumns.Of(l, "issue", l.T("data.column.theme"), l.T("many.column.by_state"));
        columns.Insert(1, new ChartColumn("countries", l.T("many.column.countries"), true));
        var rows = c.Comparison.Issues.Select(g =>
        {
            var row = ComparisonColumns.Row(l, IssueValue(l, g.Key), g);
            return row with { Values = [row.Values[0], ChartValue.Count(c.Comparison.CountriesPerIssue[g.Key], l.Format), .. row.Values.Skip(1)] };
        }).ToList();
        return ComparisonColumns.Trimmed(new ChartData("issues-all", ChartShape.StackedBar, LeaderSentence.Title(l, "compare.issues.all_title", c.Comparison.Issues.Count),
            AllSummary(l, c.Comparison.Issues.Count), Note(c), columns, rows));
    }

    /// <summary>The sentence over every issue: "The only UPR issue named…" for one, "The 12 UPR issues…, largest first" for more.</summary>
    public static string AllSummary(DataLabels l, int issues) => l.Count("compare.issues.all_summary", issues);

    /// <summary>The largest issues across, each State under Review down: its supported share of its recommendations on each.</summary>
    private static ComparisonTable ByCountry(ComparisonContext c)
    {
        var l = c.Labels;
        var issues = c.Comparison.Issues.Take(BreakdownCharts.TopCount).Select(g => g.Key).ToList();
        var columns = new List<ChartColumn> { new("country", l.T("many.column.country"), false) };
        columns.AddRange(issues.Select(i => new ChartColumn(i, l.Issue(i), true)));
        var byCountry = c.CountriesByName.Select(country => (Country: country,
            Issues: c.StatisticsOf(country).Issues.ToDictionary(g => g.Key, StringComparer.Ordinal))).ToList();
        var rows = byCountry.Select(p => new ChartRow(
            [ChartValue.Text(p.Country.Code, c.CountryName(p.Country)), .. issues.Select(i => ComparisonColumns.ShareOf(l, p.Issues.GetValueOrDefault(i)))],
            c.CountryHref(p.Country))).ToList();
        var table = new ChartData("issues-by-country", ChartShape.StackedBar, LeaderSentence.Title(l, "compare.issues.by_country_title", issues.Count),
            l.Count("compare.issues.by_country_summary", issues.Count), Note(c), columns, rows);

        var longColumns = ComparisonColumns.Of(l, "country", l.T("many.column.country"), l.T("many.column.by_state"));
        longColumns.Insert(1, new ChartColumn("issue", l.T("data.column.theme"), false));
        var pairs = byCountry.SelectMany(p => p.Issues.Values.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var row = ComparisonColumns.Row(l, ChartValue.Text(p.Country.Code, c.CountryName(p.Country)), g);
            return row with { Values = [row.Values[0], IssueValue(l, g.Key), .. row.Values.Skip(1)] };
        })).ToList();
        var download = new ChartData(table.Id, ChartShape.StackedBar, table.Title, table.Summary, table.Note, longColumns, pairs);
        return new ComparisonTable(table, false, download);
    }
}
