using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Parsing.Recommendations;

/// <summary>Finds each country's data files (recommendations/*, implementation.csv) and parses them, in path order.</summary>
public static class CountryDataParser
{
    public static IReadOnlyList<RecommendationFile> ParseRecommendations(
        SourceSet sources, IReadOnlyList<Country> countries, DiagnosticList diagnostics) =>
        countries
            .SelectMany(country => sources.InputUnder($"countries/{country.Code}/recommendations")
                .Select(file => RecommendationFileParser.Parse(file, country, diagnostics)))
            .ToList();

    public static IReadOnlyList<ImplementationFile> ParseImplementation(
        SourceSet sources, IReadOnlyList<Country> countries, DiagnosticList diagnostics) =>
        countries
            .Select(country => (country, file: sources.FindInput($"countries/{country.Code}/{ImplementationParser.FileName}")))
            .Where(pair => pair.file is not null)
            .Select(pair => ImplementationParser.Parse(pair.country.Code, pair.file!, diagnostics))
            .ToList();
}
