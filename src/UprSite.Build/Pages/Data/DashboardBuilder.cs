using UprSite.Build.Charts;
using UprSite.Build.Compute;
using UprSite.Build.Output.Matrix;
using UprSite.Build.Pages.Models;
using UprSite.Core.Statistics;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>The country dashboard: charts with their tables and CSVs, declared-vs-rows notes, traffic light, downloads.</summary>
public static class DashboardBuilder
{
    public static DashboardView Build(CountryDataPage page, CountryCharts charts)
    {
        var l = page.Labels;
        var code = page.Country.Code;
        ChartView View(ChartData chart) => ChartViews.Of(chart, page);
        return new DashboardView(
            page.Data.Rows.Count > 0,
            Holdings.Sentence(page),
            Holdings.CyclesWithoutRecommendations(page),
            Holdings.Paragraphs(page),
            l.T("data.dashboard.bases"),
            page.Data.Statistics.Cycles.Where(c => c.Disagrees).Select(c => Note(page, c)).ToList(),
            charts.Dashboard.Select(View).ToList(),
            charts.Implementation.Select(View).ToList(),
            RecommendationViews.Rated(page),
            page.Data.Statistics.IssueLeaders.Take(BreakdownCharts.TopCount).Select(leaders => new IssueLeadersView(
                l.Issue(leaders.Issue),
                l.Format.Number(leaders.Received),
                leaders.States.Select(s => new LinkView(
                    $"{l.StateName(s.Key)} ({l.Format.Number(s.Received)})",
                    page.Href(CountryDataPaths.RecommendingState(page.Language.Code, code, page.Data.Slugs[s.Key])))).ToList())).ToList(),
            Downloads(page),
            page.Href(CountryDataPaths.Explorer(page.Language.Code, code)),
            Pledges(page))
        {
            IssueLeadersHeading = LeaderSentence.Title(l, "data.dashboard.leaders_heading", page.Data.Statistics.RecommendingStates.Count),
        };
    }

    /// <summary>
    /// "Cambodia made 2 voluntary pledges of its own accord in cycle 2…", with each pledge; null when there are none.
    /// Pledges are in no row, so no figure counts them.
    /// </summary>
    public static PledgesView? Pledges(CountryDataPage page)
    {
        var pledges = page.Country.Pledges;
        if (pledges.Count == 0)
        {
            return null;
        }

        var l = page.Labels;
        var cycles = pledges.Select(p => p.Cycle).Distinct().Order().ToList();
        return new PledgesView(
            l.Count(l.About(page.CountryForms, "data.pledges.summary"), pledges.Count, [.. page.CountryPlaceholders, ("cycles", Holdings.InCycles(l, cycles))]),
            pledges.OrderBy(p => p.Cycle).Select(p => new PledgeView(p.Cycle, l.Cycle(p.Cycle), p.Text)).ToList());
    }

    public static IReadOnlyList<LinkView> Downloads(CountryDataPage page)
    {
        var code = page.Country.Code;
        var l = page.Labels;
        return
        [
            new(l.Count("data.download.recommendations_csv", page.Data.Rows.Count), page.Href(CountryDataPaths.RecommendationsCsv(code))),
            new(l.Count("data.download.recommendations_json", page.Data.Rows.Count), page.Href(CountryDataPaths.RecommendationsJson(code))),
            new(l.T("data.download.statistics_json"), page.Href(CountryDataPaths.StatisticsJson(code))),
            .. MatrixRows.Cycles(page.Data).SelectMany(cycle => new LinkView[]
            {
                new(l.Fill("data.download.matrix_docx", ("cycle", l.Format.Number(cycle))), page.Href(CountryDataPaths.Matrix(code, cycle, "docx"))),
                new(l.Fill("data.download.matrix_xlsx", ("cycle", l.Format.Number(cycle))), page.Href(CountryDataPaths.Matrix(code, cycle, "xlsx"))),
            }),
        ];
    }

    /// <summary>"Cycle 1: the official total is 91 (source …); the site holds 138 recommendations by State of that cycle…".</summary>
    private static CycleNoteView Note(CountryDataPage page, CycleComparison cycle)
    {
        var l = page.Labels;
        var text = DeclaredNote(l, cycle.Cycle, cycle.Declared!, cycle.Rows!, cycle.Source);
        return new CycleNoteView(cycle.Cycle, l.Cycle(cycle.Cycle), text);
    }

    /// <summary>
    /// The official total and the recommendations by State of one cycle, each with every response some of them got,
    /// so that each split adds up to its total ("20 supported, 2 partly supported and 9 noted").
    /// </summary>
    public static string DeclaredNote(DataLabels l, int cycle, CycleFigures declared, CycleFigures rows, string? source)
    {
        var text = l.Count("data.note.declared_vs_rows", declared.Received, rows.Received,
            ("cycle", l.Format.Number(cycle)),
            ("source", source ?? string.Empty),
            ("rows", l.Format.Number(rows.Received)),
            ("declared_parts", Parts(l, declared)),
            ("rows_parts", Parts(l, rows)));
        return PartlySupportedSentence.AfterByState(l, text, rows.PartlySupported, rows.Received);
    }

    private static string Parts(DataLabels l, CycleFigures f) => ResponseParts.Of(l,
    [
        ("supported", f.Supported), ("partly-supported", f.PartlySupported), ("noted", f.Noted),
        ("pending", f.Pending),
    ]);
}
