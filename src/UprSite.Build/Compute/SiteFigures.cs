using UprSite.Core.Model;

namespace UprSite.Build.Compute;

/// <summary>
/// Compute: the figures of every country (statistics, State slugs, ratings, rows in page order), computed once after
/// Validate from the validated model, so that Render only projects them into pages and downloads.
/// </summary>
public sealed class SiteFigures
{
    private readonly IReadOnlyDictionary<string, CountryData> _countries;

    private SiteFigures(IReadOnlyDictionary<string, CountryData> countries) => _countries = countries;

    public static SiteFigures Compute(Site site) =>
        new(site.Countries.ToDictionary(c => c.Code, c => new CountryData(c), StringComparer.Ordinal));

    public CountryData Of(Country country) => _countries[country.Code];
}
