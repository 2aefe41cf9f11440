using UprSite.Core.Model;
using UprSite.Core.Reference;

namespace UprSite.Core.Statistics;

/// <summary>
/// The States under Review of a site in one UN regional group, counted together: what they received (recommendations
/// by State) and, split by the regional group of the recommending States, how they answered.
/// </summary>
/// <param name="Group">Null for States under Review in no regional group.</param>
/// <param name="Countries">The ISO codes of its States under Review, in the site's order.</param>
/// <param name="ByRecommendingGroup">Keyed by the recommending group's short label ("WEOG"), in the groups' order.</param>
public sealed record ReviewedGroup(RegionalGroup? Group, IReadOnlyList<string> Countries, GroupFigures Figures, IReadOnlyList<GroupFigures> ByRecommendingGroup)
{
    public static ReviewedGroup Of(RegionalGroup? group, IReadOnlyList<Country> countries)
    {
        var rows = countries.SelectMany(c => c.Recommendations).ToList();
        return new ReviewedGroup(group, countries.Select(c => c.Code).ToList(), RecommendationStatistics.Total(rows),
            RecommendationStatistics.ByRegionalGroup(rows).OrderBy(g => RegionalGroups.FromLabel(g.Key) is { } r ? (int)r : int.MaxValue).ToList());
    }
}
