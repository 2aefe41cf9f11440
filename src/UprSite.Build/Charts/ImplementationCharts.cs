using UprSite.Build.Pages.Data;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Charts;

/// <summary>The coalition's traffic light: implementation status per cycle and per theme.</summary>
public static class ImplementationCharts
{
    private static readonly ImplementationStatus[] Statuses =
    [
        ImplementationStatus.FullyImplemented, ImplementationStatus.PartiallyImplemented,
        ImplementationStatus.NotImplemented, ImplementationStatus.NoInformation,
    ];

    public static ChartData? ByCycle(CountryDataPage page)
    {
        var figures = page.Data.Statistics.ImplementationByCycle.Where(f => f.Assessed > 0).ToList();
        if (figures.Count == 0)
        {
            return null;
        }

        var l = page.Labels;
        var summary = CyclesSentence(l, page.Data.Statistics.Implementation, figures);
        var rows = figures.Select(f => Row(l, ChartValue.Text(f.Key, l.Cycle(int.Parse(f.Key, System.Globalization.CultureInfo.InvariantCulture))), f)).ToList();
        return new ChartData("chart-implementation-cycles", ChartShape.StackedColumn, l.T("data.chart.implementation_cycles"), summary,
            Note(l, figures), Columns(l, "cycle", l.T("country.cycle")), rows, Axis(l, figures));
    }

    public static ChartData? ByTheme(CountryDataPage page)
    {
        var figures = page.Data.Statistics.ImplementationByIssue.Take(BreakdownCharts.TopCount).ToList();
        if (figures.Count == 0)
        {
            return null;
        }

        var l = page.Labels;
        var summary = ThemesSentence(l, page.Data.Statistics.ImplementationByIssue);
        return new ChartData("chart-implementation-themes", ChartShape.StackedBar, l.T("data.chart.implementation_themes"), summary,
            Note(l, figures), Columns(l, "issue", l.T("data.column.theme")),
            figures.Select(f => Row(l, ChartValue.Text(f.Key, l.Issue(f.Key)), f)).ToList(), Axis(l, figures));
    }

    /// <summary>
    /// How the assessed recommendations were rated, on the basis the table beside it counts them: over all cycles when
    /// every cycle is counted alike; cycle by cycle when some cycles are counted by recommendation and others by State
    /// (a total of the two would match no row of the table).
    /// </summary>
    public static string CyclesSentence(DataLabels l, ImplementationFigures total, IReadOnlyList<ImplementationFigures> cycles)
    {
        if (Basis(cycles) != "mixed")
        {
            return l.Count(total.ByParagraph ? "data.implementation_count.summary" : "data.summary.implementation", total.Assessed,
                ("statuses", StatusParts(l, total)));
        }

        return string.Join(' ', cycles.Select(f => l.Count(f.ByParagraph ? "data.implementation_count.cycle" : "data.implementation_count.cycle_by_state",
            f.Assessed, ("cycle", l.Format.Number(int.Parse(f.Key, System.Globalization.CultureInfo.InvariantCulture))), ("statuses", StatusParts(l, f)))));
    }

    /// <summary>
    /// The theme with the most assessed recommendations and how they were rated; over one theme, that every assessed
    /// recommendation with a theme is on it; a tie said as a tie (<see cref="LeaderSentence"/>). The words say what the
    /// leading theme's figure counts: recommendations (paragraphs) or recommendations by State.
    /// </summary>
    public static string ThemesSentence(DataLabels l, IReadOnlyList<ImplementationFigures> themes)
    {
        var top = themes[0];
        var key = top.ByParagraph ? "data.summary.implementation_themes" : "data.summary.implementation_themes_by_state";
        return LeaderSentence.Of(l, key, themes.Count, themes.Count(t => t.Assessed == top.Assessed), top.Assessed,
            ("theme", l.Issue(top.Key)), ("statuses", StatusParts(l, top)));
    }

    /// <summary>"2 fully implemented and 1 not implemented": each status with its count, those at zero left out.</summary>
    private static string StatusParts(DataLabels l, ImplementationFigures figures) => l.Join(
        new (string Key, int Count)[]
        {
            ("fully-implemented", figures.Fully), ("partially-implemented", figures.Partially),
            ("not-implemented", figures.NotImplemented), ("no-information", figures.NoInformation),
        }.Where(s => s.Count > 0).Select(s => l.Count("data.parts." + s.Key, s.Count)).ToList());

    private static List<ChartColumn> Columns(DataLabels l, string key, string label)
    {
        var columns = new List<ChartColumn> { new(key, label, false) };
        columns.AddRange(Statuses.Select(s => new ChartColumn(ImplementationStatusVocabulary.Key(s).Replace('-', '_'), l.Status(s), true, true, DataLabels.StatusColour(s))));
        columns.Add(new ChartColumn("not_assessed", l.Status(null), true));
        columns.Add(new ChartColumn("counted_as", l.T("data.implementation_count.column"), false));
        return columns;
    }

    private static ChartRow Row(DataLabels l, ChartValue name, ImplementationFigures f)
    {
        var values = new List<ChartValue> { name };
        values.AddRange(Statuses.Select(s => ChartValue.Count(f.Count(s), l.Format)));
        values.Add(ChartValue.Count(f.NotAssessed, l.Format));
        values.Add(f.ByParagraph
            ? ChartValue.Text("recommendations", l.T("data.implementation_count.paragraphs"))
            : ChartValue.Text("recommendations_by_state", l.T("data.implementation_count.by_state")));
        return new ChartRow(values);
    }

    /// <summary>What the figures count: recommendations (paragraphs), recommendations by State, or each its own (the table's column says).</summary>
    private static string Basis(IReadOnlyList<ImplementationFigures> figures) =>
        figures.All(f => f.ByParagraph) ? "paragraphs" : figures.Any(f => f.ByParagraph) ? "mixed" : "by_state";

    private static string Axis(DataLabels l, IReadOnlyList<ImplementationFigures> figures) =>
        l.T("data.implementation_count.axis_" + Basis(figures));

    private static string Note(DataLabels l, IReadOnlyList<ImplementationFigures> figures) =>
        l.T("data.note.implementation") + " " + l.T("data.implementation_count.note_" + Basis(figures));
}
