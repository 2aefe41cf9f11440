using UprSite.Core.Model;

namespace UprSite.Core.Statistics;

/// <summary>Cycle figures taken from the official totals declared in country.yml.</summary>
public static class DeclaredFigures
{
    public static IReadOnlyList<CycleFigures> Of(Country country) =>
        country.Reviews
            .Where(r => r.Declared is not null)
            .OrderBy(r => r.Cycle)
            .Select(r => Of(r.Cycle, r.Declared!))
            .ToList();

    public static CycleFigures Of(int cycle, DeclaredTotals declared) =>
        new(cycle, declared.Received, declared.Supported, declared.Noted)
        {
            PartlySupported = declared.PartlySupported,
            RecommendationsPartlySupported = declared.PartlySupported,
        };
}
