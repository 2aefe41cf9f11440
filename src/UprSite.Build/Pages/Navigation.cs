using UprSite.Core.Model;

namespace UprSite.Build.Pages;

/// <summary>What the header lists and which site-wide pages exist, by the number of countries.</summary>
public static class Navigation
{
    /// <summary>
    /// Up to this many countries the header names each; past it, one "Countries" link. Six names still fit on one
    /// line of a phone in the three languages of the theme; a regional network of more gets the index.
    /// </summary>
    public const int MaxCountriesListed = 6;

    public static bool ListsCountries(Site site) => site.Countries.Count <= MaxCountriesListed;

    /// <summary>The countries index, the index of recommending States and their pages: a site of more than one country.</summary>
    public static bool HasSiteIndexes(Site site) => site.Countries.Count > 1;

    /// <summary>The pages comparing the States under Review: like the site indexes, from two countries (no empty page with one).</summary>
    public static bool HasComparisons(Site site) => HasSiteIndexes(site);
}
