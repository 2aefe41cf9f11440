using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Factsheets;

/// <summary>
/// The country's factsheets on the themes some recommendations raised: those naming at least one issue of the rows,
/// the one sharing most rows first.
/// </summary>
public static class FactsheetsOnIssues
{
    /// <summary>Slugs of the matching factsheets, with how many of <paramref name="rows"/> share an issue with each.</summary>
    public static IReadOnlyList<(string Slug, int Rows)> Of(Country country, IReadOnlyList<Recommendation> rows)
    {
        var rowIssues = rows.Select(r => r.Issues.Select(UprIssues.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        return country.Factsheets
            .GroupBy(f => f.Slug, StringComparer.Ordinal)
            .Select(g => (Slug: g.Key, Issues: g.SelectMany(f => f.Issues).Select(UprIssues.Key).ToHashSet(StringComparer.Ordinal)))
            .Select(f => (f.Slug, Rows: rowIssues.Count(r => r.Overlaps(f.Issues))))
            .Where(f => f.Rows > 0)
            .OrderByDescending(f => f.Rows)
            .ThenBy(f => f.Slug, StringComparer.Ordinal)
            .ToList();
    }
}
