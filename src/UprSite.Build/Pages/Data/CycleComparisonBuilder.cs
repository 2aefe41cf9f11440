using System.Globalization;
using UprSite.Build.Charts;
using UprSite.Core.Statistics;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// The comparison by cycle: every State under Review's recommendations counted together per cycle (with the shares'
/// trend), then each State under Review per cycle — official totals where its review declares them, as the country
/// page shows them — and its supported share from cycle to cycle.
/// </summary>
public static class CycleComparisonBuilder
{
    public static IReadOnlyList<ComparisonSection> Build(ComparisonContext c)
    {
        var l = c.Labels;
        var all = new List<ComparisonTable> { new(All(c), true) };
        if (c.Comparison.Cycles.Count >= 2)
        {
            all.Add(new(Shares(c), true));
        }

        return
        [
            new("all", l.T("compare.section.all"), all),
            new("by-country", l.T("compare.section.by_country"), [new(ByCountry(c), false), new(Trend(c), false)]),
        ];
    }

    private static ChartValue CycleValue(DataLabels l, int cycle) =>
        ChartValue.Text(cycle.ToString(CultureInfo.InvariantCulture), l.Cycle(cycle));

    /// <summary>"This site holds 3 recommendations by State to its 3 States under Review in cycles 1 and 2; 1 was supported (33.3%)."</summary>
    public static string AllSummary(DataLabels l, GroupFigures total, int countries, IReadOnlyList<int> cycles) =>
        l.Count("compare.cycles.all_summary", total.Received, total.Supported,
            ("countries", l.Format.Number(countries)), ("cycles", Holdings.InCycles(l, cycles)),
            ("supported", l.Format.Number(total.Supported)), ("share", l.Format.Percent(total.SupportedRate)));

    private static ChartData All(ComparisonContext c)
    {
        var l = c.Labels;
        var cycles = c.Comparison.Cycles;
        var summary = AllSummary(l, c.Comparison.Total, c.Site.Countries.Count, cycles.Select(y => y.Cycle).ToList());
        return ComparisonColumns.Trimmed(new ChartData("cycles-all", ChartShape.StackedColumn, l.T("compare.cycles.all_title"), summary,
            l.Count("compare.note.rows", c.Comparison.Total.Received),
            ComparisonColumns.Of(l, "cycle", l.T("country.cycle"), l.T("many.column.by_state")),
            cycles.Select(y => ComparisonColumns.Row(l, CycleValue(l, y.Cycle), y)).ToList(), l.T("data.axis.recommendations")));
    }

    private static ChartData Shares(ComparisonContext c)
    {
        var l = c.Labels;
        var cycles = c.Comparison.Cycles;
        var first = cycles[0];
        var last = cycles[^1];
        var summary = SharesTrendSentence.Of(l, first.Cycle, last.Cycle, c.CountriesByName.Select(country => (l.CountryForms(country, c.CountryName(country)),
            c.StatisticsOf(country).Cycles.FirstOrDefault(y => y.Cycle == first.Cycle), c.StatisticsOf(country).Cycles.FirstOrDefault(y => y.Cycle == last.Cycle))).ToList());
        var columns = new List<ChartColumn>
        {
            new("cycle", l.T("country.cycle"), false),
            new("supported_share", l.T("country.acceptance_rate"), true, true, "var(--supported)"),
            new("partly_supported_share", l.T("compare.column.partly_share"), true, true, "var(--partly-supported)"),
            new("noted_share", l.T("data.noted_share"), true, true, "var(--noted)"),
        };
        var rows = cycles.Select(y => new ChartRow(
        [
            CycleValue(l, y.Cycle), ChartValue.Share(y.SupportedRate, l.Format),
            ChartValue.Share(Core.Statistics.Shares.Of(y.PartlySupported, y.Received), l.Format), ChartValue.Share(y.NotedRate, l.Format),
        ])).ToList();
        return new ChartData("cycles-shares", ChartShape.ShareLine, l.T("compare.cycles.shares_title"), summary,
            l.Count("compare.note.rows", c.Comparison.Total.Received), columns, rows).WithoutEmptyColumn("partly_supported_share");
    }

    /// <summary>Each State under Review and cycle on the basis its country page shows: official totals where declared, else the rows.</summary>
    private static ChartData ByCountry(ComparisonContext c)
    {
        var l = c.Labels;
        var columns = ComparisonColumns.Of(l, "country", l.T("many.column.country"), l.T("many.column.received"));
        columns.Insert(1, new ChartColumn("cycle", l.T("country.cycle"), false));
        columns.Add(new ChartColumn("basis", l.T("many.column.counted_as"), false));
        var rows = c.CountriesByName.SelectMany(country => c.StatisticsOf(country).Cycles
            .Where(y => y.IsDeclared || y.Rows is { Received: > 0 })
            .Select(y => new ChartRow(
            [
                ChartValue.Text(country.Code, c.CountryName(country)), CycleValue(l, y.Cycle),
                .. ComparisonColumns.Values(l, y.Shown.Received, y.Shown.Supported, y.Shown.PartlySupported, y.Shown.Noted),
                y.IsDeclared ? ChartValue.Text("official", l.T("many.basis.official")) : ChartValue.Text("counted", l.T("many.basis.counted")),
            ], c.CountryHref(country)))).ToList();
        return ComparisonColumns.Trimmed(new ChartData("cycles-by-country", ChartShape.StackedColumn, l.T("compare.cycles.by_country_title"),
            l.T("compare.cycles.by_country_summary"), l.T("compare.note.official_or_counted"), columns, rows));
    }

    /// <summary>Each State under Review's supported share in every cycle, on the same basis, and its change from its first cycle to its last.</summary>
    private static ChartData Trend(ComparisonContext c)
    {
        var l = c.Labels;
        var cycles = c.Cycles;
        var columns = new List<ChartColumn> { new("country", l.T("many.column.country"), false) };
        columns.AddRange(cycles.Select(y => new ChartColumn("cycle_" + y.ToString(CultureInfo.InvariantCulture), l.Cycle(y), true)));
        columns.Add(new ChartColumn("change", l.T("compare.column.change"), true));
        var rows = c.CountriesByName.Select(country =>
        {
            var compared = c.StatisticsOf(country).Cycles.Where(y => y.IsDeclared || y.Rows is { Received: > 0 }).ToList();
            var shown = compared.ToDictionary(y => y.Cycle, y => y.Shown);
            var held = compared.Where(y => y.Shown.Received > 0).OrderBy(y => y.Cycle).ToList();
            var change = held.Count >= 2 && held[0].IsDeclared == held[^1].IsDeclared
                ? held[^1].Shown.SupportedRate - held[0].Shown.SupportedRate
                : null;
            return new ChartRow(
            [
                ChartValue.Text(country.Code, c.CountryName(country)),
                .. cycles.Select(y => shown.TryGetValue(y, out var f) && f.Received > 0 ? ChartValue.Share(f.SupportedRate, l.Format) : new ChartValue(string.Empty, "–", null)),
                ComparisonColumns.Points(l, change),
            ], c.CountryHref(country));
        }).ToList();
        return new ChartData("cycles-trend", ChartShape.StackedColumn, l.T("compare.cycles.trend_title"), l.T("compare.cycles.trend_summary"),
            l.T("compare.note.official_or_counted"), columns, rows);
    }
}
