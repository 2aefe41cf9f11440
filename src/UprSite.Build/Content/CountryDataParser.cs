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
    /// <param name="memory">Imports of the previous build in this process, taken again for unchanged files (serve).</param>
    public static IReadOnlyList<RecommendationFile> ParseRecommendations(
        SourceSet sources, IReadOnlyList<Country> countries, DiagnosticList diagnostics, ImportMemory? memory = null) =>
        countries
            .SelectMany(country => sources.InputUnder($"countries/{country.Code}/recommendations")
                .Select(file => Remembered(memory, "recommendations", [CountryFile(sources, country), file], diagnostics,
                    d => Importer.Read(ToImport(file), country, d))))
            .Concat(Remembered(memory, "site exports",
                countries.Select(c => CountryFile(sources, c)).Concat(sources.InputUnder("recommendations")), diagnostics,
                d => SiteExportSplit.Read(sources, countries, d).ToList()))
            .ToList();

    public static IReadOnlyList<ImplementationFile> ParseImplementation(
        SourceSet sources, IReadOnlyList<Country> countries, DiagnosticList diagnostics, ImportMemory? memory = null) =>
        countries
            .Select(country => (country, file: sources.FindInput($"countries/{country.Code}/{ImplementationLayout.FileName}")))
            .Where(pair => pair.file is not null)
            .Select(pair => Remembered(memory, "implementation", [CountryFile(sources, pair.country), pair.file], diagnostics,
                d => ImplementationLayout.Read(pair.country.Code, ToImport(pair.file!), d)))
            .ToList();

    private static SourceFile? CountryFile(SourceSet sources, Country country) => sources.FindInput($"countries/{country.Code}/{CountryParser.FileName}");

    private static T Remembered<T>(ImportMemory? memory, string what, IEnumerable<SourceFile?> files, DiagnosticList diagnostics, Func<DiagnosticList, T> read)
        where T : class => memory is null ? read(diagnostics) : memory.Read(what, files, diagnostics, read);

    private static ImportFile ToImport(SourceFile file) => new(file.Path, file.DisplayPath, file.Bytes);
}
