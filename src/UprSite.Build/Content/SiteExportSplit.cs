using System.Globalization;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Import;

namespace UprSite.Build.Content;

/// <summary>
/// Data kept once for the whole site: each file of input/recommendations/ is read once, whatever States it holds, and
/// its rows are split by State under Review among the countries that have a folder (their ISO code, names and aliases,
/// or any spelling the UN States table knows for them). Rows of a State without a folder are left out and counted
/// per State (UPR0991): a country is published only where the coalition wrote its country.yml.
/// </summary>
public static class SiteExportSplit
{
    public const string Folder = "recommendations";

    /// <summary>The name the importer writes on rows that do not say which State they concern.</summary>
    private const string NoStateUnderReview = "the State under Review";

    public static IEnumerable<RecommendationFile> Read(SourceSet sources, IReadOnlyList<Country> countries, DiagnosticList diagnostics)
    {
        var matchers = countries.Select(c => (Country: c, Matcher: new StateUnderReviewMatcher(c))).ToList();
        foreach (var source in sources.InputUnder(Folder))
        {
            var all = Importer.ReadAll(new ImportFile(source.Path, source.DisplayPath, source.Bytes), diagnostics);
            var countryOf = new Dictionary<string, Country?>(StringComparer.Ordinal);
            Country? CountryOf(string name)
            {
                if (!countryOf.TryGetValue(name, out var country))
                {
                    country = name == NoStateUnderReview ? null : matchers.FirstOrDefault(m => m.Matcher.Matches(name)).Country;
                    countryOf[name] = country;
                }

                return country;
            }

            var byCountry = all.Rows.GroupBy(r => CountryOf(r.StateUnderReview)).ToList();
            foreach (var group in byCountry.Where(g => g.Key is not null).OrderBy(g => g.Key!.Code, StringComparer.Ordinal))
            {
                var rows = group.ToList();
                yield return new RecommendationFile(group.Key!.Code, all.File, all.Layout, rows, all.RowsInFile, all.StatesUnderReview)
                {
                    Source = all.Source,
                    IdColumn = all.IdColumn,
                    RowsForCountry = rows.Count,
                    LeftOut = new Dictionary<string, int>(StringComparer.Ordinal) { ["rows of other States under Review"] = all.Rows.Count - rows.Count },
                };
            }

            Report(source, byCountry, diagnostics);
        }
    }

    private static void Report(SourceFile source, List<IGrouping<Country?, UprSite.Core.Recommendations.Recommendation>> byCountry, DiagnosticList diagnostics)
    {
        var kept = byCountry.Where(g => g.Key is not null).ToList();
        var split = string.Join(", ", kept.OrderBy(g => g.Key!.Code, StringComparer.Ordinal)
            .Select(g => $"{g.Key!.Code} {N(g.Count())}"));
        diagnostics.Add(Diagnostic.Info(DiagnosticCodes.SiteExportSplit,
            kept.Count == 0
                ? "no row of this site-level export concerns a country of the site (countries/<iso2>/country.yml)"
                : $"split among {N(kept.Count)} {(kept.Count == 1 ? "country" : "countries")} by State under Review: {split} rows",
            source.DisplayPath));

        var left = byCountry.Where(g => g.Key is null).SelectMany(g => g)
            .GroupBy(r => r.StateUnderReview == NoStateUnderReview ? "no State under Review given" : Named(r.StateUnderReview), StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Rows: g.Count()))
            .OrderByDescending(p => p.Rows).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (left.Count == 0)
        {
            return;
        }

        var total = left.Sum(p => p.Rows);
        var shown = string.Join(", ", left.Take(10).Select(p => $"{p.Name} ({N(p.Rows)})")) + (left.Count > 10 ? $" and {N(left.Count - 10)} more" : string.Empty);
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SiteExportRowsWithoutCountry,
            $"{N(total)} {(total == 1 ? "row is" : "rows are")} left out: {(left.Count == 1 ? "its State under Review has" : "their States under Review have")} no folder under countries/: {shown}; to publish a State, add countries/<iso2>/country.yml with its names",
            source.DisplayPath));
    }

    private static string Named(string name) =>
        UnStates.Resolve(name).State is { } state ? $"{state.EnglishName} [{state.Alpha2.ToLowerInvariant()}]" : $"'{name}' (no known State)";

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
