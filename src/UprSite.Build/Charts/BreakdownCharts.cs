using UprSite.Build.Pages.Data;
using UprSite.Core.Statistics;
using UprSite.Core.Text;
using UprSite.Core.Urls;

namespace UprSite.Build.Charts;

/// <summary>Charts that split the rows: by theme, by recommending State, by action category, by regional group.</summary>
public static class BreakdownCharts
{
    /// <summary>How many themes and States the top charts show (the downloads hold them all).</summary>
    public const int TopCount = 10;

    public static ChartData? Themes(CountryDataPage page)
    {
        var issues = page.Data.Statistics.Issues;
        if (issues.Count == 0)
        {
            return null;
        }

        var l = page.Labels;
        var top = issues[0];
        var withTheme = WithTheme(page);
        var summary = LeaderSentence.Of(l, "data.summary.themes", issues.Count, issues.Count(i => i.Received == top.Received), withTheme,
            ("theme", l.Issue(top.Key)), ("top", l.Format.Number(top.Received)), ("share", l.Format.Percent(Shares.Of(top.Received, withTheme))));
        return Ranked(page, "chart-themes", LeaderSentence.Title(l, "data.chart.themes", issues.Count), "issue", l.T("data.column.theme"), issues.Take(TopCount).ToList(),
            summary, ThemesNote(page), _ => null, l.Issue);
    }

    /// <summary>The rows that name at least one theme: what every breakdown by theme counts over.</summary>
    public static int WithTheme(CountryDataPage page) => page.Data.Statistics.Rows.Received - page.Data.Statistics.WithoutIssue;

    /// <summary>
    /// "Counted from the 343 recommendations by State…" when every row names a theme; else "from 138 of the 343…,
    /// those that carry a theme", and for each cycle whose rows name none, that they carry none.
    /// </summary>
    public static string ThemesNote(CountryDataPage page)
    {
        var l = page.Labels;
        var withTheme = WithTheme(page);
        if (withTheme == Holdings.Held(page))
        {
            return l.Count("data.note.themes", withTheme);
        }

        var note = l.Count("data.breakdown.themes_part", withTheme, Holdings.Held(page), ("total", l.Format.Number(Holdings.Held(page))));
        var without = page.Data.Statistics.IssueCoverage.Where(c => c.None)
            .Select(c => l.Count("data.breakdown.cycle_without_themes", c.Rows, ("cycle", l.Format.Number(c.Cycle))));
        return string.Join(" ", new[] { note }.Concat(without));
    }

    public static ChartData? States(CountryDataPage page)
    {
        var states = page.Data.Statistics.RecommendingStates;
        if (states.Count == 0)
        {
            return null;
        }

        var l = page.Labels;
        var resolved = states.Where(s => Core.Reference.UnStates.Resolve(s.Key).State is not null).ToList();
        var top = resolved.Count > 0 ? resolved[0] : states[0];
        var tied = resolved.Count(s => s.Received == top.Received);
        var topState = l.StateForms(top.Key);
        (string Name, string Value)[] values =
        [
            .. topState.Placeholders("state"), ("top", l.Format.Number(top.Received)), ("tied", l.Format.Number(tied)),
            ("supported", l.Format.Number(top.Supported)), ("supported_part", l.Count("data.parts.supported", top.Supported)),
        ];
        var summary = StatesSentence(l, topState, resolved.Count, tied, top.Received, values);
        if (states.Count > resolved.Count)
        {
            summary += " " + l.Count("data.summary.states_other", states.Count - resolved.Count);
        }

        var note = CycleCharts.CountedNote(page);
        if (page.Data.Statistics.FromNonStateSources > 0)
        {
            note += " " + l.Count("data.breakdown.non_state_left_out", page.Data.Statistics.FromNonStateSources);
        }

        return Ranked(page, "chart-states", LeaderSentence.Title(l, "data.chart.states", states.Count), "recommending_state", l.T("data.column.state"),
            states.Take(TopCount).ToList(), summary, note,
            name => page.Data.PageSlug(name) is { } slug ? page.Href(CountryDataPaths.RecommendingState(page.Language.Code, page.Country.Code, slug)) : null,
            l.StateName);
    }

    public static ChartData? ActionCategories(CountryDataPage page)
    {
        var categories = page.Data.Statistics.ActionCategories;
        if (categories.All(c => c.Received == 0))
        {
            return null;
        }

        var l = page.Labels;
        var estimated = EstimatedCategories.Of(page.Data.Rows);
        var rows = categories.Select(c => WithEstimated(l, Row(l, ChartValue.Text(c.Key, l.CategoryName(c.Key)), c), estimated[c.Key])).ToList();
        var top = categories.OrderByDescending(c => c.Received).ThenBy(c => c.Key, StringComparer.Ordinal).First();
        var classified = categories.Sum(c => c.Received);
        var summary = LeaderSentence.Of(l, "data.summary.categories", categories.Count(c => c.Received > 0),
            categories.Count(c => c.Received == top.Received), classified, ("category", l.CategoryName(top.Key)),
            ("top", l.Format.Number(top.Received)), ("share", l.Format.Percent(Shares.Of(top.Received, classified))));
        var (title, note) = CategoryBasis(page);
        if (page.Data.Statistics.WithoutActionCategory > 0)
        {
            note += " " + l.Count("data.note.unclassified", page.Data.Statistics.WithoutActionCategory);
        }

        return new ChartData("chart-categories", ChartShape.StackedColumn, title, summary, note,
            WithEstimated(l, Columns(l, "action_category", l.T("data.column.category"))), rows, l.T("data.axis.recommendations"))
            .WithoutEmptyColumn("pending").WithoutEmptyColumn("partly_supported");
    }

    /// <summary>The categories' table and CSV end with how many of each were estimated from the first verb (not drawn).</summary>
    internal static List<ChartColumn> WithEstimated(DataLabels l, List<ChartColumn> columns) =>
        [.. columns, new ChartColumn("estimated", l.T("compare.column.estimated"), true)];

    internal static ChartRow WithEstimated(DataLabels l, ChartRow row, int estimated) =>
        row with { Values = [.. row.Values, ChartValue.Count(estimated, l.Format)] };

    public static ChartData? RegionalGroups(CountryDataPage page)
    {
        var groups = page.Data.Statistics.RegionalGroups;
        if (groups.Count == 0)
        {
            return null;
        }

        var l = page.Labels;
        var top = groups[0];
        var inGroups = groups.Sum(g => g.Received);
        var summary = LeaderSentence.Of(l, "data.summary.regions", groups.Count, groups.Count(g => g.Received == top.Received), inGroups,
            ("group", GroupName(page, top.Key)), ("top", l.Format.Number(top.Received)), ("share", l.Format.Percent(Shares.Of(top.Received, inGroups))));
        var note = l.Count("data.breakdown.regions", inGroups);
        if (page.Data.Statistics.WithoutRegionalGroup > 0)
        {
            note += " " + l.Count("data.breakdown.regions_left_out", page.Data.Statistics.WithoutRegionalGroup);
        }

        return new ChartData("chart-regions", ChartShape.StackedColumn, l.T("data.chart.regions"), summary, note,
            Columns(l, "regional_group", l.T("data.column.region")), groups.Select(g => Row(l, ChartValue.Text(g.Key, GroupName(page, g.Key)), g)).ToList(),
            l.T("data.axis.recommendations")).WithoutEmptyColumn("pending").WithoutEmptyColumn("partly_supported");
    }

    /// <summary>
    /// "Iceland made the most…; 12 States made recommendations in all.", the tie, or over a single State that it made
    /// every recommendation from a State (a plural form of how many it made, not of how many States there are).
    /// </summary>
    public static string StatesSentence(DataLabels l, PlaceNameForms topState, int states, int tied, int top, (string Name, string Value)[] values) =>
        states == 1 ? l.Count(l.About(topState, "data.summary.states_only"), top, values)
        : l.Count(tied > 1 ? "data.summary.states_tie" : l.About(topState, "data.summary.states"), states, values);

    /// <summary>The group's UN name in the page's language, from its short label ("WEOG").</summary>
    private static string GroupName(CountryDataPage page, string label) =>
        Core.Reference.RegionalGroups.FromLabel(label) is { } group ? Core.Reference.RegionalGroups.Name(group, page.Language.Code) : label;

    /// <summary>
    /// The chart's title and note by who coded the categories: the source (UPR Info's Action column, the canonical
    /// CSV's action_category), this site from each recommendation's first verb (estimated), or some of each.
    /// </summary>
    private static (string Title, string Note) CategoryBasis(CountryDataPage page)
    {
        var l = page.Labels;
        var coded = page.Data.Rows.Where(r => r.ActionCategory is not null).ToList();
        var estimated = coded.Count(r => r.ActionCategoryEstimated);
        if (estimated == 0)
        {
            return (l.T("data.chart.categories"), l.Count("data.note.categories_source", coded.Count));
        }

        return estimated == coded.Count
            ? (l.T("data.chart.categories_estimated"), l.Count("data.note.categories_estimated", coded.Count))
            : (l.Count("data.chart.categories_some_estimated", estimated, ("total", l.Format.Number(coded.Count))),
                l.Count("data.note.categories_mixed", estimated, coded.Count - estimated,
                    ("total", l.Format.Number(coded.Count)), ("coded", l.Format.Number(coded.Count - estimated))));
    }

    private static ChartData Ranked(CountryDataPage page, string id, string title, string key, string label, IReadOnlyList<GroupFigures> groups,
        string summary, string note, Func<string, string?> href, Func<string, string>? display = null)
    {
        var l = page.Labels;
        var rows = groups.Select(g => Row(l, ChartValue.Text(g.Key, display?.Invoke(g.Key) ?? g.Key), g) with { Href = href(g.Key) }).ToList();
        return new ChartData(id, ChartShape.StackedBar, title, summary, note, Columns(l, key, label), rows, l.T("data.axis.recommendations"))
            .WithoutEmptyColumn("pending").WithoutEmptyColumn("partly_supported");
    }

    internal static List<ChartColumn> Columns(DataLabels l, string key, string label) =>
    [
        new(key, label, false),
        new("received", l.T("country.received"), true),
        new("supported", l.T("country.supported"), true, true, "var(--supported)"),
        new("partly_supported", l.T("country.partly_supported"), true, true, "var(--partly-supported)"),
        new("noted", l.T("country.noted"), true, true, "var(--noted)"),
        new("pending", l.T("country.pending"), true, true, "var(--pending)"),
        new("supported_share", l.T("country.acceptance_rate"), true),
    ];

    internal static ChartRow Row(DataLabels l, ChartValue name, GroupFigures g) => new(
    [
        name,
        ChartValue.Count(g.Received, l.Format),
        ChartValue.Count(g.Supported, l.Format),
        ChartValue.Count(g.PartlySupported, l.Format),
        ChartValue.Count(g.Noted, l.Format),
        ChartValue.Count(g.Pending, l.Format),
        ChartValue.Share(g.SupportedRate, l.Format),
    ]);
}
