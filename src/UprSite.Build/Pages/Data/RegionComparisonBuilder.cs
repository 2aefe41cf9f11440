using UprSite.Build.Charts;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// The comparison by UN regional group, counted from the recommendations by State: by the group of the recommending
/// States, by the group of the States under Review, and the one against the other. Groups come from the reference
/// data, never from a source's column.
/// </summary>
public static class RegionComparisonBuilder
{
    public static IReadOnlyList<ComparisonSection> Build(ComparisonContext c)
    {
        var l = c.Labels;
        var sections = new List<ComparisonSection>();
        if (c.Comparison.RecommendingGroups.Count > 0)
        {
            sections.Add(new("recommending", l.T("compare.regions.recommending_section"), [new(Recommending(c), true)]));
        }

        var reviewed = new List<ComparisonTable> { new(Reviewed(c), true) };
        if (c.Comparison.RecommendingGroups.Count > 0)
        {
            reviewed.Add(Matrix(c));
        }

        sections.Add(new("reviewed", l.T("compare.regions.reviewed_section"), reviewed));
        return sections;
    }

    private static string GroupName(DataLabels l, string label) =>
        RegionalGroups.FromLabel(label) is { } group ? RegionalGroups.Name(group, l.Language) : label;

    private static ChartValue GroupValue(DataLabels l, RegionalGroup? group) =>
        group is { } g ? ChartValue.Text(RegionalGroups.Label(g), RegionalGroups.Name(g, l.Language)) : ChartValue.Text("none", l.T("many.no_regional_group"));

    private static string RecommendingNote(ComparisonContext c)
    {
        var l = c.Labels;
        var inGroups = c.Comparison.RecommendingGroups.Sum(g => g.Received);
        var note = l.Count("data.breakdown.regions", inGroups);
        return c.Comparison.WithoutRecommendingGroup == 0 ? note
            : note + " " + l.Count("data.breakdown.regions_left_out", c.Comparison.WithoutRecommendingGroup);
    }

    /// <summary>
    /// Which group made the most recommendations by State and which saw the highest share supported; one sentence
    /// (<c>_same</c>) when a group leads both, so that it is not named twice. When none was supported, or each group
    /// made one, the ranking's sentence (<c>data.summary.regions</c>) and how many were supported, with no superlative
    /// over groups that tie.
    /// </summary>
    public static string RecommendingSummary(DataLabels l, IReadOnlyList<GroupFigures> groups)
    {
        var inGroups = groups.Sum(g => g.Received);
        var top = groups.OrderByDescending(g => g.Received).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var best = groups.OrderByDescending(g => g.SupportedRate ?? 0).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var tied = groups.Count(g => g.Received == top.Received);
        var supported = groups.Sum(g => g.Supported);
        if (supported == 0 || (groups.Count > 1 && tied > 1 && top.Received == 1))
        {
            var ranking = LeaderSentence.OfDistinct(l, "data.summary.regions", groups.Count, tied, inGroups, top.Received, ("group", GroupName(l, top.Key)),
                ("top", l.Format.Number(top.Received)), ("share", l.Format.Percent(Shares.Of(top.Received, inGroups))));
            return ranking + " " + (supported == 0 ? l.Count("compare.regions.none_supported", inGroups) : l.Count("compare.regions.some_supported", supported));
        }

        var key = groups.Count > 1 && tied == 1 && best.Key == top.Key ? "compare.regions.recommending_summary_same" : "compare.regions.recommending_summary";
        return LeaderSentence.Of(l, key, groups.Count, tied, inGroups, ("group", GroupName(l, top.Key)),
            ("top", l.Format.Number(top.Received)), ("best", GroupName(l, best.Key)), ("best_share", l.Format.Percent(best.SupportedRate)));
    }

    private static ChartData Recommending(ComparisonContext c)
    {
        var l = c.Labels;
        var groups = c.Comparison.RecommendingGroups;
        var summary = RecommendingSummary(l, groups);
        return ComparisonColumns.Trimmed(new ChartData("regions-recommending", ChartShape.StackedColumn, l.T("compare.regions.recommending_title"), summary,
            RecommendingNote(c), ComparisonColumns.Of(l, "recommending_group", l.T("compare.column.recommending_group"), l.T("many.column.by_state")),
            groups.Select(g => ComparisonColumns.Row(l, ChartValue.Text(g.Key, GroupName(l, g.Key)), g)).ToList(), l.T("data.axis.recommendations")));
    }

    private static ChartData Reviewed(ComparisonContext c)
    {
        var l = c.Labels;
        var columns = ComparisonColumns.Of(l, "reviewed_group", l.T("compare.column.reviewed_group"), l.T("many.column.by_state"));
        columns.Insert(1, new ChartColumn("countries", l.T("many.column.countries"), true));
        var rows = c.Comparison.ReviewedGroups.Select(g =>
        {
            var row = ComparisonColumns.Row(l, GroupValue(l, g.Group), g.Figures);
            return row with { Values = [row.Values[0], ChartValue.Count(g.Countries.Count, l.Format), .. row.Values.Skip(1)] };
        }).ToList();
        return ComparisonColumns.Trimmed(new ChartData("regions-reviewed", ChartShape.StackedColumn, l.T("compare.regions.reviewed_title"),
            l.Count("compare.regions.reviewed_summary", c.Site.Countries.Count, ("groups", l.Format.Number(c.Comparison.ReviewedGroups.Count))),
            l.Count("compare.note.rows", c.Comparison.Total.Received), columns, rows, l.T("data.axis.recommendations")));
    }

    /// <summary>Recommending groups down, groups of the States under Review across: the supported share of what the one recommended to the other.</summary>
    private static ComparisonTable Matrix(ComparisonContext c)
    {
        var l = c.Labels;
        var reviewed = c.Comparison.ReviewedGroups;
        var columns = new List<ChartColumn> { new("recommending_group", l.T("compare.column.recommending_group"), false) };
        columns.AddRange(reviewed.Select(g => new ChartColumn(GroupValue(l, g.Group).Csv, GroupValue(l, g.Group).Display, true)));
        var rows = c.Comparison.RecommendingGroups.Select(r => new ChartRow(
        [
            ChartValue.Text(r.Key, GroupName(l, r.Key)),
            .. reviewed.Select(g => ComparisonColumns.ShareOf(l, g.ByRecommendingGroup.FirstOrDefault(x => x.Key == r.Key))),
        ])).ToList();
        var table = new ChartData("regions-matrix", ChartShape.StackedColumn, l.T("compare.regions.matrix_title"), l.T("compare.regions.matrix_summary"),
            RecommendingNote(c), columns, rows);

        var longColumns = ComparisonColumns.Of(l, "reviewed_group", l.T("compare.column.reviewed_group"), l.T("many.column.by_state"));
        longColumns.Insert(1, new ChartColumn("recommending_group", l.T("compare.column.recommending_group"), false));
        var pairs = reviewed.SelectMany(g => g.ByRecommendingGroup.Select(r =>
        {
            var row = ComparisonColumns.Row(l, GroupValue(l, g.Group), r);
            return row with { Values = [row.Values[0], ChartValue.Text(r.Key, GroupName(l, r.Key)), .. row.Values.Skip(1)] };
        })).ToList();
        return new ComparisonTable(table, false, new ChartData(table.Id, ChartShape.StackedColumn, table.Title, table.Summary, table.Note, longColumns, pairs));
    }
}
