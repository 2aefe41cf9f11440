using System.Globalization;
using UprSite.Build.Pages.Data;
using UprSite.Core.Statistics;

namespace UprSite.Build.Charts;

/// <summary>How the themes of the recommendations changed from one cycle to the next.</summary>
public static class TrendCharts
{
    /// <summary>The largest themes, each split by cycle; null when the rows cover fewer than two cycles.</summary>
    public static ChartData? Themes(CountryDataPage page)
    {
        var trends = page.Data.Statistics.IssueTrends.Take(BreakdownCharts.TopCount).ToList();
        if (trends.Count == 0 || trends[0].Cycles.Count < 2)
        {
            return null;
        }

        var l = page.Labels;
        var cycles = trends[0].Cycles.Select(c => c.Cycle).ToList();
        var columns = new List<ChartColumn> { new("issue", l.T("data.column.theme"), false) };
        columns.AddRange(cycles.Select(c => new ChartColumn(
            "cycle_" + c.ToString(CultureInfo.InvariantCulture), l.Cycle(c), true, true, $"var(--cycle-{Math.Min(c, 6).ToString(CultureInfo.InvariantCulture)})")));
        var rows = trends.Select(t => new ChartRow(
            new[] { ChartValue.Text(t.Issue, l.Issue(t.Issue)) }.Concat(t.Cycles.Select(c => ChartValue.Count(c.Received, l.Format))).ToList())).ToList();

        var summary = Sentence(l, trends);
        return new ChartData("chart-theme-trends", ChartShape.GroupedBar, LeaderSentence.Title(l, "data.chart.theme_trends", trends.Count), summary, Note(page),
            columns, rows, l.T("data.axis.recommendations"));
    }

    /// <summary>
    /// The theme that rose the most from the first cycle to the last; themes level at the top as a tie; that none rose;
    /// over a single theme, its counts (no superlative over one).
    /// </summary>
    public static string Sentence(DataLabels l, IReadOnlyList<IssueTrend> trends)
    {
        static int Rise(IssueTrend t) => t.Cycles[^1].Received - t.Cycles[0].Received;
        var rising = trends.OrderByDescending(Rise).ThenBy(t => t.Issue, StringComparer.Ordinal).First();
        var tied = trends.Count(t => Rise(t) == Rise(rising));
        var key = trends.Count == 1 ? "data.summary.theme_trends_only"
            : Rise(rising) <= 0 ? "data.summary.theme_trends_none"
            : tied > 1 ? "data.summary.theme_trends_tie"
            : "data.summary.theme_trends";
        return l.Fill(key, ("theme", l.Issue(rising.Issue)), ("tied", l.Format.Number(tied)), ("rise", l.Format.Number(Rise(rising))),
            ("from", l.Format.Number(rising.Cycles[0].Received)), ("first", l.Format.Number(rising.Cycles[0].Cycle)),
            ("to", l.Format.Number(rising.Cycles[^1].Received)), ("last", l.Format.Number(rising.Cycles[^1].Cycle)));
    }

    /// <summary>What the themes are counted from, and which cycles are left out because their rows name no theme.</summary>
    private static string Note(CountryDataPage page)
    {
        var l = page.Labels;
        var note = BreakdownCharts.ThemesNote(page);
        var left = page.Data.Statistics.IssueCoverage.Where(c => c.None).Select(c => c.Cycle).ToList();
        return left.Count == 0 ? note
            : note + " " + l.Count("data.breakdown.trend_cycles_left_out", left.Count, ("cycles", Pages.Data.Holdings.List(l, left)));
    }
}
