using UprSite.Build.Pages.Data;

namespace UprSite.Build.Charts;

/// <summary>
/// The sentence over a ranking (themes, categories, regional groups): which one leads; that several lead together
/// (<c>key_tie</c>, with {tied}); or, over a single one, that every recommendation is that one (<c>key_only</c>) —
/// no superlative over one item, in any language. Each is a plural form of {count}, the recommendations ranked.
/// </summary>
public static class LeaderSentence
{
    /// <param name="items">How many items the ranking has.</param>
    /// <param name="tied">How many items share the top count (1 when one leads alone).</param>
    /// <param name="count">How many recommendations the ranking counts over.</param>
    public static string Of(DataLabels l, string key, int items, int tied, int count, params (string Name, string Value)[] values) =>
        items == 1 ? l.Count(key + "_only", count, values)
        : tied > 1 ? l.Count(key + "_tie", count, [("tied", l.Format.Number(tied)), .. values])
        : l.Count(key, count, values);

    /// <summary>
    /// The same over a ranking where each item counts one recommendation (<paramref name="top"/> is 1, so every item
    /// ties): <c>key_each_one</c>, which says each has one, with no superlative. Only for rankings whose items do not
    /// overlap (one category, one regional group per recommendation), so that {tied} is also {count}.
    /// </summary>
    public static string OfDistinct(DataLabels l, string key, int items, int tied, int count, int top, params (string Name, string Value)[] values) =>
        items > 1 && tied > 1 && top == 1 ? l.Count(key + "_each_one", count, [("tied", l.Format.Number(tied)), .. values])
        : Of(l, key, items, tied, count, values);

    /// <summary>A chart's title over a ranking: <c>key</c> ("Themes with the most recommendations"), or over a single item <c>key_only</c>.</summary>
    public static string Title(DataLabels l, string key, int items) => l.T(items == 1 ? key + "_only" : key);
}
