using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Import;
using UprSite.Import.Layouts.Implementation;

namespace UprSite.Build.Content;

/// <summary>Finds each country's data files and the site-level exports (recommendations/*, implementation.csv) and imports them, in path order.</summary>
public static class CountryDataParser
{
    /// <summary>Each country's own files, then the site-level exports split among the countries (<see cref="SiteExportSplit"/>).</summary>
    public static IReadOnlyList<RecommendationFile> ParseRecommendations(
        SourceSet sources, IReadOnlyList<Country> countries, DiagnosticList diagnostics) =>
        countries
            .SelectMany(country => sources.InputUnder($"countries/{country.Code}/recommendations")
                .Select(file => Importer.Read(ToImport(file), country, diagnostics)))
            .Concat(SiteExportSplit.Read(sources, countries, diagnostics))
            .ToList();

    public static IReadOnlyList<ImplementationFile> ParseImplementation(
        SourceSet sources, IReadOnlyList<Country> countries, DiagnosticList diagnostics) =>
        countries
            .Select(country => (country, file: sources.FindInput($"countries/{country.Code}/{ImplementationLayout.FileName}")))
            .Where(pair => pair.file is not null)
            .Select(pair => ImplementationLayout.Read(pair.country.Code, ToImport(pair.file!), diagnostics))
            .ToList();

    private static ImportFile ToImport(SourceFile file) => new(file.Path, file.DisplayPath, file.Bytes);
}
