namespace UprSite.Core.Model;

/// <summary>A State under Review: one folder under input/countries, named by its ISO 3166-1 alpha-2 code.</summary>
public sealed record Country(
    string Code,
    LocalizedText Name,
    IReadOnlyList<string> Aliases,
    LocalizedText Summary,
    IReadOnlyList<Review> Reviews,
    IReadOnlyList<Factsheet> Factsheets)
{
    /// <summary>Rows read from recommendations/, only this country's (the data issue fills them in).</summary>
    public IReadOnlyList<Recommendations.Recommendation> Recommendations { get; init; } = [];

    /// <summary>Voluntary pledges read from recommendations/, kept apart from the recommendations.</summary>
    public IReadOnlyList<Recommendations.VoluntaryPledge> Pledges { get; init; } = [];

    /// <summary>The coalition's ratings from implementation.csv.</summary>
    public IReadOnlyList<Recommendations.ImplementationRating> Implementation { get; init; } = [];

    /// <summary>The calendar dates country.yml sets instead of the estimates (<c>calendar:</c>).</summary>
    public Reference.CalendarOverrides Calendar { get; init; } = Reference.CalendarOverrides.None;
}
