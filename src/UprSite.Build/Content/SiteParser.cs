using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Pipeline.Reuse;
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

    /// <summary>What the previous build in this process parsed (<c>serve</c>): an unchanged file gives the same object again.</summary>
    public ParseMemory? Memory { get; init; }

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
        var countries = ParseCountries(sources, diagnostics, Memory);
        var markdown = new MarkdownContent();
        return new ParsedSite(settings, countries, ParseFactsheets(sources, settings, strings, markdown, diagnostics),
            ParsePages(sources, settings, markdown, diagnostics), strings)
        {
            Markdown = markdown,
            RecommendationFiles = CountryDataParser.ParseRecommendations(sources, countries, diagnostics, Imports),
            ImplementationFiles = CountryDataParser.ParseImplementation(sources, countries, diagnostics, Imports),
        };
    }

    private static List<Country> ParseCountries(SourceSet sources, DiagnosticList diagnostics, ParseMemory? memory)
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

            var parsed = memory is null
                ? CountryParser.Parse(code, file, diagnostics)
                : memory.Countries.Get(file, diagnostics, own => CountryParser.Parse(code, file, own));
            if (parsed is { } country)
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
            var (factsheet, blocks) = Memory is null
                ? ParseFactsheet(file, settings, headings, diagnostics)
                : Memory.Factsheets.Get(file, diagnostics, own => ParseFactsheet(file, settings, headings, own));
            if (factsheet is not null)
            {
                markdown.Add(factsheet.Source, blocks!);
                if (factsheet.Draft is null || IncludeDrafts)
                {
                    factsheets.Add(factsheet);
                }
            }
        }

        return factsheets;
    }

    /// <summary>One factsheet with its Markdown tree; null when it cannot be read. A draft left out is returned with its notice.</summary>
    private (Factsheet? Factsheet, FactsheetMarkdown? Markdown) ParseFactsheet(SourceFile file, SiteSettings settings, FactsheetHeadings headings, DiagnosticList diagnostics)
    {
        var countryCode = file.Path.Split('/')[1];
        var content = new MarkdownContent();
        if (ContentName.Resolve(file, settings, diagnostics) is not { } name
            || new FactsheetParser(_markdown, headings, content).Parse(countryCode, name, file, diagnostics) is not { } factsheet)
        {
            return (null, null);
        }

        if (factsheet.Draft is { } draft && !IncludeDrafts)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.DraftLeftOut,
                "this factsheet is a draft ('draft: true'), so it is left out of the site; 'uprsite serve' and 'uprsite build --drafts' show it, and removing the line publishes it",
                file.DisplayPath, draft.Line, draft.Column));
            return (factsheet, content.Of(factsheet));
        }

        var checks = new FactsheetChecks(headings.QuestionsIn(factsheet.Language), headings.RecommendationsIn(factsheet.Language), settings.Print.MaxPages);
        diagnostics.AddRange(checks.Check(factsheet));
        return (factsheet, content.Of(factsheet));
    }

    private List<Page> ParsePages(SourceSet sources, SiteSettings settings, MarkdownContent markdown, DiagnosticList diagnostics)
    {
        var pages = new List<Page>();
        foreach (var file in sources.InputUnder("pages").Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            var (page, document) = Memory is null
                ? ParsePage(file, settings, diagnostics)
                : Memory.Pages.Get(file, diagnostics, own => ParsePage(file, settings, own));
            if (page is not null)
            {
                markdown.Add(page.Source, document!);
                pages.Add(page);
            }
        }

        return pages;
    }

    private (Page? Page, Markdig.Syntax.MarkdownDocument? Markdown) ParsePage(SourceFile file, SiteSettings settings, DiagnosticList diagnostics)
    {
        var content = new MarkdownContent();
        return ContentName.Resolve(file, settings, diagnostics) is { } name && new PageParser(_markdown, content).Parse(name, file, diagnostics) is { } page
            ? (page, content.Of(page))
            : (null, null);
    }

    private static bool IsFactsheetFile(SourceFile file)
    {
        var parts = file.Path.Split('/');
        return parts.Length == 4 && parts[2] == "factsheets" && parts[3].EndsWith(".md", StringComparison.Ordinal);
    }
}
