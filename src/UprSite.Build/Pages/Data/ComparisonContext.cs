using UprSite.Build.Compute;
using UprSite.Core.Model;
using UprSite.Core.Statistics;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>What every comparison view reads: the site, its figures counted together and per country, the page's words and links.</summary>
public sealed record ComparisonContext(Site Site, SiteFigures Figures, SiteComparison Comparison, DataLabels Labels, ViewFactory Views)
{
    public string CountryName(Country country) => country.Name.Get(Labels.Language, Site.Settings.DefaultLanguage.Code);

    public string CountryHref(Country country) => Views.Href(SitePaths.Country(Labels.Language, country.Code));

    /// <summary>The countries by their names in the page's language.</summary>
    public IReadOnlyList<Country> CountriesByName =>
        Site.Countries.OrderBy(CountryName, StringComparer.Create(Labels.Culture, false)).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();

    public CountryStatistics StatisticsOf(Country country) => Figures.Of(country).Statistics;

    /// <summary>The cycles any country has official totals or rows for, in order.</summary>
    public IReadOnlyList<int> Cycles => Site.Countries.SelectMany(c => StatisticsOf(c).Cycles)
        .Where(c => c.IsDeclared || c.Rows is { Received: > 0 }).Select(c => c.Cycle).Distinct().Order().ToList();
}
