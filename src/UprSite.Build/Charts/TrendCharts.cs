using System.Globalization;
using UprSite.Build.Pages.Data;

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

        var rising = trends.OrderByDescending(t => t.Cycles[^1].Received - t.Cycles[0].Received).ThenBy(t => t.Issue, StringComparer.Ordinal).First();
        var rose = rising.Cycles[^1].Received > rising.Cycles[0].Received;
        var summary = l.Fill(rose ? "data.summary.theme_trends" : "data.summary.theme_trends_none", ("theme", l.Issue(rising.Issue)),
            ("from", l.Format.Number(rising.Cycles[0].Received)), ("first", l.Format.Digits(cycles[0].ToString(CultureInfo.InvariantCulture))),
            ("to", l.Format.Number(rising.Cycles[^1].Received)), ("last", l.Format.Digits(cycles[^1].ToString(CultureInfo.InvariantCulture))));
        return new ChartData("chart-theme-trends", ChartShape.GroupedBar, l.T("data.chart.theme_trends"), summary, Note(page),
            columns, rows, l.T("data.axis.recommendations"));
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
