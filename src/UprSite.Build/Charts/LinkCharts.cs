using System.Globalization;
using UprSite.Build.Pages.Data;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;

namespace UprSite.Build.Charts;

/// <summary>
/// Recommendations by Sustainable Development Goal, by affected persons and by UHRI theme, shown only when some row carries the
/// attribute (DIHR and UHRI exports, recent OHCHR matrices, the canonical CSV's sdgs and affected_persons), and
/// counted over those rows only.
/// </summary>
public static class LinkCharts
{
    public static ChartData? BySdgGoal(CountryDataPage page)
    {
        var breakdown = LinkBreakdowns.BySdgGoal(page.Data.Rows);
        if (!breakdown.IsShown)
        {
            return null;
        }

        var l = page.Labels;
        var rows = breakdown.Groups.Select(g => BreakdownCharts.Row(l, ChartValue.Text(g.Key, GoalLabel(l, page.Language.Code, g.Key)), g)).ToList();
        var summary = Summary(l, "data.sdg", breakdown, key => l.Fill("data.sdg.goal", ("number", l.Format.Number(Number(key))),
            ("name", Goal(key).Name(page.Language.Code))));
        return new ChartData("chart-sdgs", ChartShape.StackedBar, l.T("data.sdg.chart"), summary, Note(l, "data.sdg.note", breakdown),
            BreakdownCharts.Columns(l, "sdg_goal", l.T("data.sdg.column")), rows, l.T("data.axis.recommendations")).WithoutEmptyColumn("pending").WithoutEmptyColumn("partly_supported");
    }

    public static ChartData? ByAffectedPersons(CountryDataPage page)
    {
        var breakdown = LinkBreakdowns.ByAffectedPersons(page.Data.Rows);
        if (!breakdown.IsShown)
        {
            return null;
        }

        var l = page.Labels;
        var rows = breakdown.Groups.Select(g => BreakdownCharts.Row(l, GroupValue(l, g.Key), g)).ToList();
        var summary = Summary(l, "data.affected", breakdown, key => l.Fill("data.affected.group", ("name", l.AffectedPersons(key).Text)));
        return new ChartData("chart-affected-persons", ChartShape.StackedBar, l.T("data.affected.chart"), summary,
            Note(l, "data.affected.note", breakdown), BreakdownCharts.Columns(l, "affected_persons", l.T("data.affected.column")), rows,
            l.T("data.axis.recommendations")).WithoutEmptyColumn("pending").WithoutEmptyColumn("partly_supported");
    }

    /// <summary>
    /// Recommendations by theme of the Universal Human Rights Index (OHCHR matrices, UHRI exports), as the source
    /// names each theme; apart from the UPR Info issues of the theme chart.
    /// </summary>
    public static ChartData? ByTheme(CountryDataPage page)
    {
        var breakdown = LinkBreakdowns.ByTheme(page.Data.Rows);
        if (!breakdown.IsShown)
        {
            return null;
        }

        var l = page.Labels;
        var rows = breakdown.Groups.Select(g => BreakdownCharts.Row(l, ThemeValue(l, g.Key), g)).ToList();
        var summary = Summary(l, "data.uhri", breakdown, key => l.Fill("data.uhri.theme", ("name", l.UhriTheme(key).Text)));
        return new ChartData("chart-uhri-themes", ChartShape.StackedBar, l.T("data.uhri.chart"), summary,
            Note(l, "data.uhri.note", breakdown), BreakdownCharts.Columns(l, "uhri_theme", l.T("data.uhri.column")), rows,
            l.T("data.axis.recommendations")).WithoutEmptyColumn("pending").WithoutEmptyColumn("partly_supported");
    }

    /// <summary>The group as the CSV keeps it (the source's words) and as the page names it, marked English where that is the fallback.</summary>
    private static ChartValue GroupValue(DataLabels l, string group)
    {
        var name = l.AffectedPersons(group);
        return new ChartValue(group, name.Text, null, name.Lang);
    }

    /// <summary>The theme as the CSV keeps it (the source's words) and as the page names it, marked English where that is the fallback.</summary>
    private static ChartValue ThemeValue(DataLabels l, string theme)
    {
        var name = l.UhriTheme(theme);
        return new ChartValue(theme, name.Text, null, name.Lang);
    }

    /// <summary>"16. Peace, justice and strong institutions", the number as the page writes numbers.</summary>
    public static string GoalLabel(DataLabels l, string language, string key) =>
        l.Fill("data.sdg.label", ("number", l.Format.Number(Number(key))), ("name", Goal(key).Name(language)));

    /// <summary>The group with the most recommendations, or every group tied with it; when every recommendation carries every group (one group, or groups always named together), that it does.</summary>
    private static string Summary(DataLabels l, string prefix, LinkedBreakdown breakdown, Func<string, string> name)
    {
        var top = breakdown.Groups.Max(g => g.Received);
        var leaders = breakdown.Groups.Where(g => g.Received == top).Select(g => name(g.Key)).ToList();
        var values = new[] { ("top", l.Format.Number(top)), ("share", l.Format.Percent(Shares.Of(top, breakdown.Linked))) };
        // Every recommendation with the attribute carries every group (a single group, or groups always named together).
        return breakdown.Groups.Where(g => g.Received > 0).All(g => g.Received == breakdown.Linked)
            ? l.Count(prefix + ".summary_only", breakdown.Linked, [("leader", List(l, leaders)), .. values])
            : leaders.Count == 1
            ? l.Count(prefix + ".summary", breakdown.Linked, [("leader", leaders[0]), .. values])
            : l.Count(prefix + ".summary_tied", breakdown.Linked, [("leaders", List(l, leaders)), .. values]);
    }

    private static string Note(DataLabels l, string key, LinkedBreakdown breakdown) =>
        l.Count(key, breakdown.Linked, breakdown.Rows, ("rows", l.Format.Number(breakdown.Rows)));

    private static string List(DataLabels l, IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : l.Fill("data.list.last", ("items", string.Join(l.T("data.list.separator"), items.Take(items.Count - 1))), ("last", items[^1]));

    private static int Number(string key) => int.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);

    private static SdgGoal Goal(string key) => SdgGoals.Find(Number(key))!;
}
