using UprSite.Build.Pages.Data;
using UprSite.Core.Statistics;
using UprSite.Core.Text;

namespace UprSite.Build.Charts;

/// <summary>Charts per review cycle: recommendations and responses, and the supported share across cycles.</summary>
public static class CycleCharts
{
    /// <summary>Received, supported, noted and pending per cycle: declared totals where country.yml has them, else the rows.</summary>
    public static ChartData? Responses(CountryDataPage page)
    {
        var cycles = page.Data.Statistics.Cycles;
        if (cycles.Count == 0)
        {
            return null;
        }

        var l = page.Labels;
        var columns = new List<ChartColumn>
        {
            new("cycle", l.T("country.cycle"), false),
            new("received", l.T("country.received"), true),
            new("supported", l.T("country.supported"), true, true, "var(--supported)"),
            new("partly_supported", l.T("country.partly_supported"), true, true, "var(--partly-supported)"),
            new("noted", l.T("country.noted"), true, true, "var(--noted)"),
            new("pending", l.T("country.pending"), true, true, "var(--pending)"),
            new("supported_share", l.T("country.acceptance_rate"), true),
            new("basis", l.T("data.basis"), false),
            new("held_by_state", l.T("data.breakdown.held_by_state"), true),
            new("held_recommendations", l.T("data.breakdown.held_recommendations"), true),
        };
        var rows = cycles.Select(c => new ChartRow(
        [
            ChartValue.Text(c.Cycle.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Cycle(c.Cycle)),
            ChartValue.Count(c.Shown.Received, l.Format),
            ChartValue.Count(c.Shown.Supported, l.Format),
            ChartValue.Count(c.Shown.PartlySupported, l.Format),
            ChartValue.Count(c.Shown.Noted, l.Format),
            ChartValue.Count(c.Shown.Pending, l.Format),
            ChartValue.Share(c.Shown.SupportedRate, l.Format),
            c.IsDeclared ? (c.Source is { } source ? ChartValue.Text("declared", source) with { Lang = SourceLang(page) } : ChartValue.Text("declared", l.T("data.basis_declared"))) : ChartValue.Text("rows", l.T("data.basis_rows")),
            ChartValue.Count(c.Rows?.Received ?? 0, l.Format),
            HeldRecommendations(l, c.Rows),
        ])).ToList();
        var most = cycles.OrderByDescending(c => c.Shown.Received).ThenBy(c => c.Cycle).First();
        var summary = CyclesSentence(l, page.CountryForms, cycles.Count(c => c.Shown.Received > 0), most.IsDeclared, most.Shown.Received,
            [.. page.CountryPlaceholders, ("cycle", l.Format.Number(most.Cycle)), ("share", l.Format.Percent(most.Shown.SupportedRate))]);
        return new ChartData("chart-cycles", ChartShape.StackedColumn, l.T("data.chart.cycles"), summary, BasisNote(page), columns, rows,
            l.T("data.axis.recommendations"), DeclaredSources(page)).WithoutEmptyColumn("pending").WithoutEmptyColumn("partly_supported");
    }

    /// <summary>
    /// The cycle with the most recommendations, "the only cycle" when one has any, and for a single recommendation by
    /// State held, that one ("all from cycle 2" and a share would say more than one recommendation can).
    /// </summary>
    public static string CyclesSentence(DataLabels l, PlaceNameForms country, int cyclesWithAny, bool declared, int received, (string Name, string Value)[] values)
    {
        var key = declared ? "data.summary.cycles_declared" : "data.summary.cycles_counted";
        return cyclesWithAny != 1 ? l.Count(l.About(country, key), received, values)
            : !declared && received == 1 ? l.Fill(l.About(country, key + "_single"), values)
            : l.Count(l.About(country, key + "_only"), received, values);
    }

    /// <summary>
    /// The paragraphs among the rows the site holds of a cycle, or "not known" (empty in the CSV) when some row
    /// gives no paragraph number.
    /// </summary>
    private static ChartValue HeldRecommendations(DataLabels l, CycleFigures? rows) => rows switch
    {
        null => ChartValue.Count(0, l.Format),
        { ParagraphsKnown: true } => ChartValue.Count(rows.Recommendations, l.Format),
        _ => ChartValue.Text(string.Empty, l.T("data.paragraphs.not_known")),
    };

    /// <summary>The supported share of each cycle, on the same basis as <see cref="Responses"/>.</summary>
    public static ChartData? SupportedShare(CountryDataPage page)
    {
        var cycles = page.Data.Statistics.Cycles.Where(c => c.Shown.Received > 0).ToList();
        if (cycles.Count < 2)
        {
            return null;
        }

        var l = page.Labels;
        var columns = new List<ChartColumn>
        {
            new("cycle", l.T("country.cycle"), false),
            new("supported_share", l.T("country.acceptance_rate"), true, true, "var(--supported)"),
            new("noted_share", l.T("data.noted_share"), true),
        };
        var rows = cycles.Select(c => new ChartRow(
        [
            ChartValue.Text(c.Cycle.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Cycle(c.Cycle)),
            ChartValue.Share(c.Shown.SupportedRate, l.Format),
            ChartValue.Share(c.Shown.NotedRate, l.Format),
        ])).ToList();
        var (first, last) = (cycles[0], cycles[^1]);
        var summary = first.IsDeclared != last.IsDeclared
            ? AcceptanceAcrossBases(l, first, last)
            : AcceptanceSentence(l, first.Cycle, first.Shown, last.Cycle, last.Shown);
        return new ChartData("chart-acceptance", ChartShape.ShareLine, l.T("data.chart.acceptance"), summary, BasisNote(page), columns, rows,
            l.T("country.acceptance_rate"), DeclaredSources(page));
    }

    /// <summary>Fewer recommendations than this in a cycle, and its supported share says too little for a trend.</summary>
    public const int FewestForTrend = 10;

    /// <summary>
    /// "The supported share went from 65.4% in cycle 1 to 80.0% in cycle 2."; when either cycle holds fewer than
    /// <see cref="FewestForTrend"/> recommendations, the counts instead ("1 of 1 in cycle 2"), and that they are too few
    /// for a trend.
    /// </summary>
    public static string AcceptanceSentence(DataLabels l, int firstCycle, CycleFigures first, int lastCycle, CycleFigures last)
    {
        (string Name, string Value)[] cycles = [("first", l.Format.Number(firstCycle)), ("last", l.Format.Number(lastCycle))];
        return first.Received < FewestForTrend || last.Received < FewestForTrend
            ? l.Fill("data.summary.acceptance_counts", [.. cycles,
                ("from_supported", l.Format.Number(first.Supported)), ("from_received", l.Format.Number(first.Received)),
                ("to_supported", l.Format.Number(last.Supported)), ("to_received", l.Format.Number(last.Received))])
            : l.Fill("data.summary.acceptance", [.. cycles,
                ("from", l.Format.Percent(first.SupportedRate)), ("to", l.Format.Percent(last.SupportedRate))]);
    }

    /// <summary>
    /// The supported shares of two cycles, one from official totals and one counted by State on the site: said with
    /// what each counts, and as no trend.
    /// </summary>
    public static string AcceptanceAcrossBases(DataLabels l, CycleComparison first, CycleComparison last) =>
        l.Fill(first.IsDeclared ? "data.summary.acceptance_bases" : "data.summary.acceptance_bases_counted_first",
            ("from", l.Format.Percent(first.Shown.SupportedRate)), ("first", l.Format.Number(first.Cycle)),
            ("to", l.Format.Percent(last.Shown.SupportedRate)), ("last", l.Format.Number(last.Cycle)));

    /// <summary>Supported against noted over all the rows.</summary>
    public static ChartData? SupportedVsNoted(CountryDataPage page)
    {
        var total = page.Data.Statistics.Rows;
        if (total.Received == 0)
        {
            return null;
        }

        var l = page.Labels;
        var columns = new List<ChartColumn>
        {
            new("response", l.T("data.column.response"), false),
            new("recommendations", l.T("data.axis.recommendations"), true, true),
            new("share", l.T("data.column.share"), true),
        };
        var parts = new[]
        {
            ("supported", total.Supported, "var(--supported)"),
            ("partly-supported", total.PartlySupported, "var(--partly-supported)"),
            ("noted", total.Noted, "var(--noted)"),
            ("pending", total.Pending, "var(--pending)"),
        };
        var rows = parts.Where(p => p.Item2 > 0 || p.Item1 is "supported" or "noted")
            .Select(p => new ChartRow(
            [
                ChartValue.Text(p.Item1, l.T("data.response." + p.Item1)),
                ChartValue.Count(p.Item2, l.Format),
                ChartValue.Share(Shares.Of(p.Item2, total.Received), l.Format),
            ], Colour: p.Item3))
            .ToList();
        var summary = PartlySupportedSentence.After(l, l.Count("data.summary.responses", total.Received, ("parts", ResponseSummary(l, total))),
            total.PartlySupported);
        return new ChartData("chart-responses", ChartShape.Doughnut, l.T("data.chart.responses"), summary, CountedNote(page),
            columns, rows);
    }

    /// <summary>
    /// "8 supported (61.5%), 2 partly supported, 2 noted and 1 pending": every response some row got, supported always
    /// ("none supported and 1 noted", without the share of nothing).
    /// </summary>
    public static string ResponseSummary(DataLabels l, GroupFigures total)
    {
        var supported = total.Supported == 0 ? l.Count("data.parts.supported", 0) : l.Fill("data.summary.part_share",
            ("part", l.Count("data.parts.supported", total.Supported)), ("share", l.Format.Percent(total.SupportedRate)));
        var others = new[] { ("partly-supported", total.PartlySupported), ("noted", total.Noted), ("pending", total.Pending) }
            .Where(p => p.Item2 > 0).Select(p => l.Count("data.parts." + p.Item1, p.Item2));
        return l.Join([supported, .. others]);
    }

    private static IReadOnlyList<(int Cycle, string Source)> DeclaredSources(CountryDataPage page) =>
        page.Data.Statistics.Cycles.Where(c => c.IsDeclared && !string.IsNullOrEmpty(c.Source)).Select(c => (c.Cycle, c.Source!)).ToList();

    /// <summary>What the per-cycle charts show: official totals, the recommendations the site holds, or each where it has them.</summary>
    /// <summary>A review's source is written once in country.yml, in the site's default language.</summary>
    private static string? SourceLang(CountryDataPage page) =>
        page.Site.Settings.DefaultLanguage.Code == page.Language.Code ? null : page.Site.Settings.DefaultLanguage.Code;

    private static string BasisNote(CountryDataPage page)
    {
        var cycles = page.Data.Statistics.Cycles;
        var l = page.Labels;
        return cycles.All(c => c.IsDeclared) ? l.T("data.note.declared_basis")
            : cycles.Any(c => c.IsDeclared) ? l.T("data.note.mixed_basis")
            : l.T("data.note.counted_basis");
    }

    /// <summary>"Counted from the 30 recommendations by State this site holds (not the official totals)."</summary>
    public static string CountedNote(CountryDataPage page) =>
        page.Labels.Count("data.note.rows", Pages.Data.Holdings.Held(page));
}
