using System.Globalization;
using UprSite.Build.Charts;
using UprSite.Core.Statistics;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// The comparison by action category (Edward McMahon's scale), counted from the recommendations by State that have
/// one: all States under Review together, then each State under Review's share in each category. Categories this
/// site computed from the first verb are marked estimated, with how many.
/// </summary>
public static class CategoryComparisonBuilder
{
    /// <summary>Nothing when no row has an action category (the view is then left out).</summary>
    public static IReadOnlyList<ComparisonSection> Build(ComparisonContext c)
    {
        if (c.Comparison.Classified == 0)
        {
            return [];
        }

        var l = c.Labels;
        return
        [
            new("all", l.T("compare.section.all"), [new(All(c), true)]),
            new("by-country", l.T("compare.section.by_country"), [new(ByCountry(c), false)]),
        ];
    }

    /// <summary>The title and note by who coded the categories: the sources, this site (estimated), or some of each.</summary>
    private static (string Title, string Note) Basis(ComparisonContext c)
    {
        var l = c.Labels;
        var classified = c.Comparison.Classified;
        var estimated = c.Comparison.EstimatedActionCategories;
        var (title, note) = estimated == 0
            ? (l.T("compare.categories.all_title"), l.Count("data.note.categories_source", classified))
            : estimated == classified
                ? (l.T("compare.categories.title_estimated"), l.Count("data.note.categories_estimated", classified))
                : (l.Count("compare.categories.title_some_estimated", estimated, ("total", l.Format.Number(classified))),
                    l.Count("data.note.categories_mixed", estimated, classified - estimated,
                        ("total", l.Format.Number(classified)), ("coded", l.Format.Number(classified - estimated))));
        return c.Comparison.WithoutActionCategory == 0 ? (title, note) : (title, note + " " + l.Count("data.note.unclassified", c.Comparison.WithoutActionCategory));
    }

    private static ChartData All(ComparisonContext c)
    {
        var l = c.Labels;
        var categories = c.Comparison.ActionCategories;
        var top = categories.OrderByDescending(g => g.Received).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var summary = l.Count("data.summary.categories", c.Comparison.Classified, ("category", l.CategoryName(top.Key)),
            ("top", l.Format.Number(top.Received)), ("share", l.Format.Percent(Shares.Of(top.Received, c.Comparison.Classified))));
        var (title, note) = Basis(c);
        var estimated = EstimatedCategories.Of(c.CountriesByName.SelectMany(country => c.Figures.Of(country).Rows));
        return ComparisonColumns.Trimmed(new ChartData("categories-all", ChartShape.StackedColumn, title, summary, note,
            BreakdownCharts.WithEstimated(l, [.. ComparisonColumns.Of(l, "action_category", l.T("data.column.category"), l.T("many.column.by_state"))]),
            categories.Select(g => BreakdownCharts.WithEstimated(l, ComparisonColumns.Row(l, ChartValue.Text(g.Key, l.CategoryName(g.Key)), g), estimated[g.Key])).ToList(),
            l.T("data.axis.recommendations")));
    }

    /// <summary>Each State under Review: how many of its recommendations by State are classified, how many of those estimated, and each category's share.</summary>
    private static ChartData ByCountry(ComparisonContext c)
    {
        var l = c.Labels;
        var columns = new List<ChartColumn>
        {
            new("country", l.T("many.column.country"), false),
            new("classified", l.T("compare.column.classified"), true),
            new("estimated", l.T("compare.column.estimated"), true),
        };
        columns.AddRange(Enumerable.Range(1, 5).Select(k => new ChartColumn("category_" + k.ToString(CultureInfo.InvariantCulture),
            l.CategoryName(k.ToString(CultureInfo.InvariantCulture)), true)));
        var rows = c.CountriesByName.Select(country =>
        {
            var categories = c.StatisticsOf(country).ActionCategories;
            var classified = categories.Sum(g => g.Received);
            var estimated = c.Figures.Of(country).Rows.Count(r => r.ActionCategory is not null && r.ActionCategoryEstimated);
            return new ChartRow(
            [
                ChartValue.Text(country.Code, c.CountryName(country)), ChartValue.Count(classified, l.Format), ChartValue.Count(estimated, l.Format),
                .. categories.Select(g => ChartValue.Share(Shares.Of(g.Received, classified), l.Format)),
            ], c.CountryHref(country));
        }).ToList();
        return new ChartData("categories-by-country", ChartShape.StackedColumn, l.T("compare.categories.by_country_title"),
            l.T("compare.categories.by_country_summary"), Basis(c).Note, columns, rows);
    }
}
