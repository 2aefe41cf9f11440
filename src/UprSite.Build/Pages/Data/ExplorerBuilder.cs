using UprSite.Build.Pages.Models;
using UprSite.Core.Urls;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Pages.Data;

/// <summary>The explorer: all rows as one plain table, with filters built from the values the rows hold.</summary>
public static class ExplorerBuilder
{
    public static ExplorerView Build(CountryDataPage page)
    {
        var l = page.Labels;
        var rows = RecommendationViews.All(page);
        return new ExplorerView(
            page.CountryName,
            page.Href(SitePaths.Country(page.Language.Code, page.Country.Code)),
            l.Format.Number(rows.Count),
            l.Count("data.explorer.total", rows.Count),
            rows.Count,
            l.Count("data.explorer.count", rows.Count, ("total", l.Format.Number(rows.Count))),
            Holdings.Sentence(page),
            Holdings.Paragraphs(page),
            l.Format.Digits("0123456789"),
            new[]
            {
                Filter(l, "cycle", "country.cycle", rows, r => [r.CycleNumber.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)], r => r.Cycle,
                    keyOf: r => r.CycleNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Filter(l, "theme", "data.column.theme", rows, r => r.IssueKeys, r => null, labelOfKey: l.Issue),
                Filter(l, "uhri", "data.uhri.column", rows, r => r.Themes, r => null),
                Filter(l, "state", "data.column.state", rows, r => [r.State], r => r.State, keyOf: r => r.StateSlug),
                Filter(l, "response", "data.column.response", rows, r => [Order(r.ResponseKey)], r => r.Response, keyOf: r => r.ResponseKey),
                Filter(l, "status", "data.column.status", rows, r => [Order(r.StatusKey)], r => r.Status, keyOf: r => r.StatusKey),
            }.Where(f => f.Name != "uhri" || f.Options.Count > 0).ToList(),
            rows,
            DashboardBuilder.Downloads(page));
    }

    /// <summary>
    /// A select with one option per distinct value, sorted by <paramref name="sortKeys"/> (ordinal); the option's
    /// value is what the row's data attribute holds (<paramref name="keyOf"/>, or the sort key itself).
    /// </summary>
    private static FilterView Filter(DataLabels l, string name, string labelKey, IReadOnlyList<RecommendationView> rows,
        Func<RecommendationView, IEnumerable<string>> sortKeys, Func<RecommendationView, string?> labelOf,
        Func<RecommendationView, string>? keyOf = null, Func<string, string>? labelOfKey = null)
    {
        var options = rows
            .SelectMany(r => sortKeys(r).Select(sort => (Sort: sort, Value: keyOf?.Invoke(r) ?? sort, Label: labelOf(r) ?? labelOfKey?.Invoke(sort) ?? sort)))
            .GroupBy(o => o.Value, StringComparer.Ordinal)
            .Select(g => (g.First().Sort, g.Key, g.First().Label, Count: g.Count()))
            .OrderBy(o => o.Sort, StringComparer.Ordinal)
            .Select(o => new OptionView(o.Key, o.Label, l.Format.Number(o.Count)))
            .ToList();
        return new FilterView(name, l.T(labelKey), l.T("data.explorer.all"), options);
    }

    /// <summary>Responses and statuses in their natural order (the vocabularies' own) rather than alphabetical.</summary>
    private static readonly Dictionary<string, string> NaturalOrder = ResponseVocabulary.Keys.Select((key, i) => (key, i))
        .Concat(ImplementationStatusVocabulary.Keys.Select((key, i) => (key, i)))
        .ToDictionary(p => p.key, p => p.i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static string Order(string key) => NaturalOrder.GetValueOrDefault(key, "99");
}
