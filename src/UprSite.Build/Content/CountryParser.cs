using UprSite.Build.Content.Yaml;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Reference;

namespace UprSite.Build.Content;

/// <summary>Parses countries/&lt;iso2&gt;/country.yml: names, aliases, reviews and their declared totals, the calendar's dates.</summary>
public static class CountryParser
{
    public const string FileName = "country.yml";

    private static readonly DiagnosticCode Code = DiagnosticCodes.InvalidCountry;

    /// <summary>The country, with no factsheets yet (they are attached in Validate).</summary>
    public static Country? Parse(string countryCode, SourceFile file, DiagnosticList diagnostics)
    {
        var map = YamlDocumentReader.Read(file.Text, file.DisplayPath, 1, diagnostics);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(Code, KnownKeys.Country);
        var names = WithUnNames(map.Localized("names", Code, required: true), countryCode);
        var reviews = map.MapList("reviews", Code).Select(ParseReview).OfType<Review>().ToList();
        foreach (var repeated in reviews.GroupBy(r => r.Cycle).Where(g => g.Count() > 1))
        {
            map.Context.Error(Code, $"cycle {repeated.Key} is listed {repeated.Count()} times under 'reviews'; keep one entry per cycle", map.StartOf("reviews"));
        }

        return new Country(countryCode, names, map.StringList("aliases", Code), map.Localized("summary", Code),
            reviews.OrderBy(r => r.Cycle).ToList(), [])
        {
            Calendar = CountryCalendarParser.Calendar(map),
        };
    }

    /// <summary>
    /// The names country.yml gives, and the UN's name of the State in each language of the reference data that it does
    /// not give ("names: {en: Chile}" reads "Chili" on French pages, not the English name).
    /// </summary>
    private static LocalizedText WithUnNames(LocalizedText names, string countryCode)
    {
        if (names.IsEmpty || names.Has("*") || UnStates.ByAlpha2(countryCode.ToUpperInvariant()) is not { } state)
        {
            return names;
        }

        var given = names.Languages.Select(l => new KeyValuePair<string, string>(l, names.Get(l, l)));
        var fromUn = UnState.Languages.Where(l => !names.Has(l)).Select(l => new KeyValuePair<string, string>(l, state.Name(l)));
        return new LocalizedText(given.Concat(fromUn));
    }

    private static Review? ParseReview(YamlMap map)
    {
        map.RejectUnknownKeys(Code, KnownKeys.CountryReview);
        var cycle = map.Int("cycle", Code, 1, 20, required: true);
        var session = map.Int("session", Code, 1, 200);
        var documents = map.Map("documents", Code);
        documents?.RejectUnknownKeys(Code, KnownKeys.CountryDocuments);
        var declared = ParseDeclared(map.Map("declared", Code));
        var submissions = CountryCalendarParser.Submissions(map);
        return cycle is null
            ? null
            : new Review(cycle.Value, session, map.Date("date", Code), map.StringList("troika", Code),
                documents?.String("report", Code), documents?.String("addendum", Code), declared) { Submissions = submissions };
    }

    private static DeclaredTotals? ParseDeclared(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(Code, KnownKeys.CountryDeclared);
        var received = map.Int("received", Code, 0, 10_000, required: true);
        var supported = map.Int("supported", Code, 0, 10_000, required: true);
        var noted = map.Int("noted", Code, 0, 10_000) ?? 0;
        var partly = map.Int("partly_supported", Code, 0, 10_000) ?? 0;
        var source = map.String("source", Code, required: true);
        if (received is null || supported is null || source is null)
        {
            return null;
        }

        if (supported + partly + noted > received)
        {
            var sum = partly > 0 ? $"supported ({supported}), partly_supported ({partly}) and noted ({noted}) add up to" : $"supported ({supported}) plus noted ({noted}) is";
            map.Context.Error(Code, $"{sum} more than received ({received}); check the figures against the source", map.StartOf("supported"));
            return null;
        }

        return new DeclaredTotals(received.Value, supported.Value, noted, source, partly);
    }
}
