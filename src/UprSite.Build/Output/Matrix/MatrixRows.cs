using UprSite.Build.Compute;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// The site's rows of one cycle as OHCHR's matrix lists them: rows by State of one paragraph become one row naming
/// all its States (the same document and paragraph when known, else the same text once spaces, case and
/// punctuation are set aside), clustered under their first UPR issue ("Other" without one).
/// </summary>
public static class MatrixRows
{
    public const string OtherTheme = "Other";

    /// <summary>The cycles that have rows, in order: each has a matrix, the others none.</summary>
    public static IReadOnlyList<int> Cycles(CountryData data) => data.Rows.Select(r => r.Cycle).Distinct().Order().ToList();

    public static MatrixCycle Of(CountryData data, int cycle, string countryName)
    {
        var rows = data.Rows
            .Where(r => r.Cycle == cycle)
            .GroupBy(r => r.Paragraph is { Length: > 0 } p ? $"p\u0001{r.Document}\u0001{p}" : $"t\u0001{NameFolding.Fold(r.Text)}", StringComparer.Ordinal)
            .Select(g => Row(g.ToList(), data))
            .ToList();
        var clusters = rows
            .GroupBy(r => r.Issues.Count > 0 ? r.Issues[0] : OtherTheme, StringComparer.Ordinal)
            .OrderBy(g => g.Key == OtherTheme ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MatrixCluster(g.Key, g.OrderBy(r => r, ParagraphOrder.Instance).ToList()))
            .ToList();
        var review = data.Country.Reviews.FirstOrDefault(r => r.Cycle == cycle);
        return new MatrixCycle(countryName, cycle, review, clusters);
    }

    private static MatrixRow Row(List<Recommendation> rows, CountryData data)
    {
        var first = rows[0];
        var rating = rows
            .Select(data.RatingOf)
            .OfType<ImplementationRating>()
            .OrderByDescending(r => r.Assessed ?? DateOnly.MinValue)
            .FirstOrDefault();
        return new MatrixRow(
            first.Paragraph is { Length: > 0 } p ? p : null,
            first.Text,
            rows.Select(r => r.RecommendingState).Distinct(StringComparer.Ordinal).ToList(),
            first.Response,
            rows.SelectMany(r => r.Issues).Distinct(StringComparer.Ordinal).ToList(),
            rows.Select(r => r.Document).FirstOrDefault(d => !string.IsNullOrEmpty(d)),
            rating);
    }
}
