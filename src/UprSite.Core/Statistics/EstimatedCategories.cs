using System.Globalization;
using UprSite.Core.Recommendations;

namespace UprSite.Core.Statistics;

/// <summary>
/// Per action category ("1" to "5", as <see cref="RecommendationStatistics.ByActionCategory"/> keys them), how many of
/// its rows this site estimated from the first verb; the others are the source's coding.
/// </summary>
public static class EstimatedCategories
{
    public static IReadOnlyDictionary<string, int> Of(IEnumerable<Recommendation> rows)
    {
        var counts = Enum.GetValues<ActionCategory>().ToDictionary(c => Key(c), _ => 0, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.ActionCategory is { } category && row.ActionCategoryEstimated)
            {
                counts[Key(category)]++;
            }
        }

        return counts;
    }

    private static string Key(ActionCategory category) => ((int)category).ToString(CultureInfo.InvariantCulture);
}
