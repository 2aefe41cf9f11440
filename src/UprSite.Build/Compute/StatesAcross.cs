using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Urls;

namespace UprSite.Build.Compute;

/// <summary>
/// Every recommending State of a site of several countries, each with what it recommended to every country it
/// reviewed (made from the countries' own per-State figures, so both pages count the same rows); empty with one country.
/// </summary>
public static class StatesAcross
{
    public static IReadOnlyList<StateAcross> Of(Site site, IReadOnlyDictionary<string, CountryData> countries)
    {
        if (site.Countries.Count < 2)
        {
            return [];
        }

        var byName = site.Countries
            .SelectMany(c => countries[c.Code].States.Select(s => (Country: c, Figures: s)))
            .GroupBy(p => p.Figures.State, StringComparer.Ordinal)
            .ToList();
        var slugs = StateSlugs.For(byName.Select(g => g.Key));
        return byName
            .Select(g => new StateAcross(g.Key, slugs[g.Key], UnStates.Resolve(g.Key).State?.Group, g.ToList()))
            .OrderBy(s => s.Slug, StringComparer.Ordinal)
            .ToList();
    }
}
