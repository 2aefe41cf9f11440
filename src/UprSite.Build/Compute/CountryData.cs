using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Urls;

namespace UprSite.Build.Compute;

/// <summary>What the dashboard, explorer and State pages of one country share, computed once per country.</summary>
public sealed class CountryData
{
    public CountryData(Country country)
    {
        Country = country;
        Statistics = CountryStatistics.Of(country);
        Slugs = StateSlugs.For(country.Recommendations.Select(r => r.RecommendingState));
        Ratings = ImplementationStatistics.Latest(country.Implementation);
        Rows = country.Recommendations
            .OrderBy(r => r.Cycle)
            .ThenBy(r => r.Source.File, StringComparer.Ordinal)
            .ThenBy(r => r.Source.Row)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    public Country Country { get; }

    public CountryStatistics Statistics { get; }

    /// <summary>Recommending State name → slug of its page.</summary>
    public IReadOnlyDictionary<string, string> Slugs { get; }

    /// <summary>The rating that counts for each recommendation id.</summary>
    public IReadOnlyDictionary<string, ImplementationRating> Ratings { get; }

    /// <summary>The rows in the order every page and download lists them: cycle, then file and row as read.</summary>
    public IReadOnlyList<Recommendation> Rows { get; }

    public ImplementationRating? RatingOf(Recommendation row) => Ratings.GetValueOrDefault(row.Id);
}
