using System.Globalization;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Compute;

/// <summary>
/// The explorer's filters and each row's place in them, the same in every language: the options and their counts the
/// page lists, and the codes its index file gives the browser (data/&lt;iso2&gt;/explorer/index.json, docs/downloads.md).
/// </summary>
public sealed class ExplorerIndex
{
    /// <summary>Rows a page of the explorer shows, with or without JavaScript.</summary>
    public const int PageSize = 100;

    /// <summary>Rows per text file: a page of rows in row order needs one or two of them.</summary>
    public const int ShardSize = 1000;

    private ExplorerIndex(IReadOnlyList<ExplorerFilter> filters, IReadOnlyList<int[][]> codes, int rows)
    {
        Filters = filters;
        Codes = codes;
        RowCount = rows;
    }

    /// <summary>cycle, theme, uhri (UN Human Rights Index themes), state, response, status, category, region, sdg, session: the order of <see cref="Codes"/>' columns.</summary>
    public IReadOnlyList<ExplorerFilter> Filters { get; }

    /// <summary>Per row (in <see cref="CountryData.Rows"/> order), per filter: the indexes of its values in the filter's <see cref="ExplorerFilter.Values"/>.</summary>
    public IReadOnlyList<int[][]> Codes { get; }

    public int RowCount { get; }

    public int PageCount => Math.Max(1, (RowCount + PageSize - 1) / PageSize);

    public int ShardCount => (RowCount + ShardSize - 1) / ShardSize;

    public ExplorerFilter Filter(string name) => Filters.First(f => f.Name == name);

    public static ExplorerIndex Of(IReadOnlyList<Recommendation> rows, IReadOnlyDictionary<string, string> slugs,
        RecommendationRatings ratings)
    {
        var columns = new (string Name, bool Multiple, Func<Recommendation, IEnumerable<string>> Keys, Func<string, string> Order)[]
        {
            ("cycle", false, r => [Invariant(r.Cycle)], Padded),
            ("theme", true, RecommendationStatistics.IssuesOf, k => k),
            ("uhri", true, r => r.Themes, k => k),
            ("state", false, r => [slugs[r.RecommendingState]], k => k),
            ("response", false, r => [ResponseVocabulary.Key(r.Response)], k => Padded(Invariant(IndexIn(ResponseVocabulary.Keys, k)))),
            ("status", false, r => [ImplementationStatusVocabulary.Key(ratings.For(r)?.Status)],
                k => Padded(Invariant(IndexIn(ImplementationStatusVocabulary.Keys, k)))),
            ("category", false, r => [r.ActionCategory is { } c ? Invariant((int)c) : "none"], k => k == "none" ? "~" : k),
            ("region", false, r => RecommendationStatistics.RegionalGroupLabelOf(r.RecommendingState) is { } g ? [g] : [], k => k),
            ("sdg", true, r => SdgGoalLinks.Of(r).Select(Invariant), Padded),
            ("session", false, r => r.Session is { } s ? [Invariant(s)] : [], Padded),
        };

        var keys = rows.Select(r => columns.Select(c => c.Keys(r).Distinct(StringComparer.Ordinal).ToArray()).ToArray()).ToList();
        var filters = new List<ExplorerFilter>();
        var positions = new List<Dictionary<string, int>>();
        for (var f = 0; f < columns.Length; f++)
        {
            var counts = keys.SelectMany(k => k[f]).GroupBy(k => k, StringComparer.Ordinal)
                .OrderBy(g => columns[f].Order(g.Key), StringComparer.Ordinal).ToList();
            filters.Add(new ExplorerFilter(columns[f].Name, columns[f].Multiple, counts.Select(g => g.Key).ToList(), counts.Select(g => g.Count()).ToList()));
            positions.Add(counts.Select((g, i) => (g.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal));
        }

        var codes = keys.Select(row => row.Select((values, f) => values.Select(v => positions[f][v]).ToArray()).ToArray()).ToList();
        return new ExplorerIndex(filters, codes, rows.Count);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Padded(string number) => number.PadLeft(4, '0');

    private static int IndexIn(IReadOnlyList<string> keys, string key) => keys.ToList().IndexOf(key) is var i and >= 0 ? i : 99;
}
