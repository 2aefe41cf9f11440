using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Factsheets;
using UprSite.Core.Model;

namespace UprSite.Build.Content;

/// <summary>Parse: turns every source file into typed drafts, each file on its own, reporting what it cannot read.</summary>
public sealed class SiteParser
{
    private readonly MarkdownRenderer _markdown = new();

    /// <summary>False for <c>uprsite build</c> without <c>--drafts</c>: factsheets marked <c>draft: true</c> are left out.</summary>
    public bool IncludeDrafts { get; init; } = true;

    /// <summary>The imports of the previous build in this process (<c>serve</c>), taken again for unchanged files.</summary>
    public ImportMemory? Imports { get; init; }

    /// <summary>Null when site.yml is missing or unusable: without languages nothing else can be parsed.</summary>
    public ParsedSite? Parse(SourceSet sources, DiagnosticList diagnostics)
    {
        var siteFile = sources.FindInput(SiteSettingsParser.FileName);
        if (siteFile is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile,
                $"there is no site.yml in '{sources.InputRoot}'; create one with the site title and its languages (see docs/formats.md)",
                $"{sources.InputRoot}/{SiteSettingsParser.FileName}"));
            return null;
        }

        var settings = SiteSettingsParser.Parse(siteFile, diagnostics, path => sources.Resolve(path) is not null);
        if (settings is null)
        {
            return null;
        }

        var strings = settings.Languages.ToDictionary(
            l => l.Code, l => StringTableParser.Parse(l.Code, sources, diagnostics));
        var countries = ParseCountries(sources, diagnostics);
        var markdown = new MarkdownContent();
        return new ParsedSite(settings, countries, ParseFactsheets(sources, settings, strings, markdown, diagnostics),
            ParsePages(sources, settings, markdown, diagnostics), strings)
        {
            Markdown = markdown,
            RecommendationFiles = CountryDataParser.ParseRecommendations(sources, countries, diagnostics, Imports),
            ImplementationFiles = CountryDataParser.ParseImplementation(sources, countries, diagnostics, Imports),
        };
    }

    private static List<Country> ParseCountries(SourceSet sources, DiagnosticList diagnostics)
    {
        var countries = new List<Country>();
        var folders = sources.InputUnder("countries").Select(f => f.Path.Split('/')[1]).Distinct().Order(StringComparer.Ordinal);
        foreach (var code in folders)
        {
            var folder = $"{sources.InputRoot}/countries/{code}";
            if (code.Length != 2 || !code.All(char.IsAsciiLetterLower))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidCountry,
                    $"country folder '{code}' should be named by the State's ISO 3166-1 alpha-2 code in lower case (for example 'kh' for Cambodia)",
                    folder));
                continue;
            }

            var file = sources.FindInput($"countries/{code}/{CountryParser.FileName}");
            if (file is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingCountryFile,
                    $"the country folder '{code}' has no country.yml; add one with the country's names and reviews (see docs/formats.md)",
                    folder));
                continue;
            }

            if (CountryParser.Parse(code, file, diagnostics) is { } country)
            {
                countries.Add(country);
            }
        }

        return countries;
    }

    private List<Factsheet> ParseFactsheets(
        SourceSet sources, SiteSettings settings, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> strings,
        MarkdownContent markdown, DiagnosticList diagnostics)
    {
        var headings = new FactsheetHeadings(strings);
        var factsheets = new List<Factsheet>();
        foreach (var file in sources.InputUnder("countries").Where(IsFactsheetFile))
        {
            var countryCode = file.Path.Split('/')[1];
            if (ContentName.Resolve(file, settings, diagnostics) is { } name
                && new FactsheetParser(_markdown, headings, markdown).Parse(countryCode, name, file, diagnostics) is { } factsheet)
            {
                if (factsheet.Draft is { } draft && !IncludeDrafts)
                {
                    diagnostics.Add(Diagnostic.Info(DiagnosticCodes.DraftLeftOut,
                        "this factsheet is a draft ('draft: true'), so it is left out of the site; 'uprsite serve' and 'uprsite build --drafts' show it, and removing the line publishes it",
                        file.DisplayPath, draft.Line, draft.Column));
                    continue;
                }

                factsheets.Add(factsheet);
                var checks = new FactsheetChecks(headings.QuestionsIn(factsheet.Language), headings.RecommendationsIn(factsheet.Language), settings.Print.MaxPages);
                diagnostics.AddRange(checks.Check(factsheet));
            }
        }

        return factsheets;
    }

    private List<Page> ParsePages(SourceSet sources, SiteSettings settings, MarkdownContent markdown, DiagnosticList diagnostics)
    {
        var pages = new List<Page>();
        foreach (var file in sources.InputUnder("pages").Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            if (ContentName.Resolve(file, settings, diagnostics) is { } name
                && new PageParser(_markdown, markdown).Parse(name, file, diagnostics) is { } page)
            {
                pages.Add(page);
            }
        }

        return pages;
    }

    private static bool IsFactsheetFile(SourceFile file)
    {
        var parts = file.Path.Split('/');
        return parts.Length == 4 && parts[2] == "factsheets" && parts[3].EndsWith(".md", StringComparison.Ordinal);
    }
}
