using UprSite.Core.Model;

namespace UprSite.Core.Statistics;

/// <summary>Declared totals (country.yml) beside the counts of the rows, for every cycle that has either.</summary>
public static class DeclaredComparisons
{
    public static IReadOnlyList<CycleComparison> Of(Country country)
    {
        var declared = DeclaredFigures.Of(country).ToDictionary(f => f.Cycle);
        var rows = RecommendationStatistics.ByCycle(country.Recommendations).ToDictionary(f => f.Cycle);
        var sources = country.Reviews.Where(r => r.Declared is not null).ToDictionary(r => r.Cycle, r => r.Declared!.Source);
        return declared.Keys.Union(rows.Keys).Order()
            .Select(cycle => new CycleComparison(cycle, declared.GetValueOrDefault(cycle), rows.GetValueOrDefault(cycle),
                sources.GetValueOrDefault(cycle),
                country.Recommendations.Where(r => r.Cycle == cycle).Select(r => r.Source.File).Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
