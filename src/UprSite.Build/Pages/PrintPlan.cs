using UprSite.Build.Compute;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// The PDFs a build with --pdf makes: every factsheet, one print pack per country and language it has a factsheet
/// in, and a brief per recommending State of each country in every language. Render links to these; the Print stage
/// makes them.
/// </summary>
public static class PrintPlan
{
    public static IReadOnlySet<string> Pdfs(Site site, SiteFigures figures)
    {
        var pdfs = site.Countries.SelectMany(country => country.Factsheets.SelectMany(f => new[]
        {
            PrintPaths.FactsheetPdf(f.Language, country.Code, f.Slug),
            PrintPaths.PrintPack(f.Language, country.Code),
        })).ToHashSet(StringComparer.Ordinal);
        foreach (var country in site.Settings.Print.Briefs ? site.Countries : [])
        {
            foreach (var state in figures.Of(country).States)
            {
                pdfs.UnionWith(site.Settings.Languages.Select(l => PrintPaths.BriefPdf(l.Code, country.Code, state.Slug)));
            }
        }

        return pdfs;
    }
}
