using UprSite.Build.Compute;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Pages.Data;
using UprSite.Build.Pipeline.Reuse;
using UprSite.Core.Model;

namespace UprSite.Build.Pages;

/// <summary>
/// The downloads of every country and of the site-wide pages (CSV, JSON, matrices), the countries' on every core.
/// With an <see cref="OutputMemory"/> (<c>serve</c>) a set of downloads whose inputs are unchanged is added as the
/// previous build made it.
/// </summary>
public sealed class SiteDownloads(Site site, SiteFigures figures, StringTable strings, CountryDataRenderer countryData,
    SiteIndexRenderer siteIndexes, ComparisonRenderer comparisons, ParallelOptions cores)
{
    public void Add(OutputSet output)
    {
        Parallel.ForEach(site.Countries, cores, country => countryData.AddDownloads(country, output));
        siteIndexes.AddDownloads(output);
        comparisons.AddDownloads(output);
    }

    /// <param name="usable">Whether the previous build's downloads may be taken at all (<see cref="PageMemory.Usable"/>).</param>
    /// <param name="siteToken">Unchanged while the site's inputs are (<see cref="PageGroups.SiteToken"/>): the key of the site-wide downloads.</param>
    public void Add(OutputSet output, OutputMemory memory, bool usable, object siteToken)
    {
        // A country's downloads read its rows, figures and charts; the site's read every country's.
        memory.Begin(usable);
        var defaultLanguage = site.Settings.DefaultLanguage;
        Parallel.ForEach(site.Countries, cores, country => memory.Add($"country/{country.Code}",
            [country with { Factsheets = [] }, figures.Of(country).Rows, figures.ChartsOf(country, defaultLanguage)], output, strings,
            own => countryData.AddDownloads(country, own)));
        memory.Add("site", [siteToken], output, strings, own =>
        {
            siteIndexes.AddDownloads(own);
            comparisons.AddDownloads(own);
        });
    }
}
