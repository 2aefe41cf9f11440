using UprSite.Core.Factsheets;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Urls;

namespace UprSite.Build.Compute;

/// <summary>
/// What the pages and downloads of one country show, computed once per country: statistics, State slugs and
/// per-State figures, ratings, rows in page order, and each factsheet's previous recommendations.
/// </summary>
public sealed class CountryData
{
    private readonly IReadOnlyDictionary<(string Language, string Slug), PreviousRecommendations> _previous;

    public CountryData(Country country)
    {
        Country = country;
        Statistics = CountryStatistics.Of(country);
        Slugs = StateSlugs.For(country.Recommendations.Select(r => r.RecommendingState));
        Ratings = RecommendationRatings.Of(country.Recommendations, country.Implementation);
        Rows = country.Recommendations
            .OrderBy(r => r.Cycle)
            .ThenBy(r => r.Source.File, StringComparer.Ordinal)
            .ThenBy(r => r.Source.Row)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        States = Slugs.Where(p => HasPage(p.Key))
            .OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => StateFigures.Of(p.Key, p.Value, Rows)).ToList();
        Explorer = ExplorerIndex.Of(Rows, Slugs, Ratings);
        _previous = Previous(country);
    }

    private CountryData(Country country, CountryData sameRows)
    {
        Country = country;
        Statistics = sameRows.Statistics;
        Slugs = sameRows.Slugs;
        Ratings = sameRows.Ratings;
        Rows = sameRows.Rows;
        States = sameRows.States;
        Explorer = sameRows.Explorer;
        _previous = Previous(country);
    }

    public Country Country { get; }

    public CountryStatistics Statistics { get; }

    /// <summary>Recommending State name → slug of its page (of its downloads' key, for a source that is no State).</summary>
    public IReadOnlyDictionary<string, string> Slugs { get; }

    /// <summary>Every recommending State, in the order of their slugs (the order their pages are made in).</summary>
    public IReadOnlyList<StateFigures> States { get; }

    /// <summary>The rating that counts for each recommendation (paragraph), whichever of its rows was rated.</summary>
    public RecommendationRatings Ratings { get; }

    /// <summary>The rows in the order every page and download lists them: cycle, then file and row as read.</summary>
    public IReadOnlyList<Recommendation> Rows { get; }

    /// <summary>The explorer's filters, their counts and each row's codes.</summary>
    public ExplorerIndex Explorer { get; }

    /// <summary>Whether the name gets a State page: every name but a source that is no State ("Unknown").</summary>
    public static bool HasPage(string recommendingState) => !RecommendationStatistics.IsNonStateSource(recommendingState);

    /// <summary>The slug of the name's State page; null for a source that is no State.</summary>
    public string? PageSlug(string recommendingState) => HasPage(recommendingState) ? Slugs[recommendingState] : null;

    public ImplementationRating? RatingOf(Recommendation row) => Ratings.For(row);

    /// <summary>
    /// The figures of <paramref name="country"/>, which differs from this one's only by its factsheets (serve, after a
    /// factsheet edit): the rows' figures are this one's, the factsheets' previous recommendations its own.
    /// </summary>
    public CountryData WithFactsheets(Country country) => new(country, this);

    private static Dictionary<(string Language, string Slug), PreviousRecommendations> Previous(Country country) =>
        country.Factsheets.ToDictionary(f => (f.Language, f.Slug), f => PreviousRecommendations.For(country, f.Issues));

    /// <summary>What the State was already told on the factsheet's issues ("what the State was already told").</summary>
    public PreviousRecommendations PreviousOf(Factsheet factsheet) => _previous[(factsheet.Language, factsheet.Slug)];
}
