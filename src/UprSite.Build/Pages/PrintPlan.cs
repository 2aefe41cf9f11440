using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// The PDFs a build with --pdf makes: every factsheet, and one print pack per country and language it has a
/// factsheet in. Render links to these; the Print stage makes them.
/// </summary>
public static class PrintPlan
{
    public static IReadOnlySet<string> Pdfs(Site site) =>
        site.Countries.SelectMany(country => country.Factsheets.SelectMany(f => new[]
        {
            PrintPaths.FactsheetPdf(f.Language, country.Code, f.Slug),
            PrintPaths.PrintPack(f.Language, country.Code),
        })).ToHashSet(StringComparer.Ordinal);
}
