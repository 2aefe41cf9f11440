using UprSite.Build.Content.Yaml;
using UprSite.Build.Pipeline;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Text;

namespace UprSite.Build.Content;

/// <summary>Parses site.yml: titles, languages, base URL, coalition, print settings.</summary>
public static class SiteSettingsParser
{
    public const string FileName = "site.yml";

    private static readonly DiagnosticCode Code = DiagnosticCodes.InvalidSiteConfig;

    /// <param name="assetExists">Whether the site has a file at a path (input/ or the theme), to check the logo; null: not checked.</param>
    public static SiteSettings? Parse(SourceFile file, DiagnosticList diagnostics, Func<string, bool>? assetExists = null)
    {
        var map = YamlDocumentReader.Read(file.Text, file.DisplayPath, 1, diagnostics);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(Code, KnownKeys.Site);
        var languages = ParseLanguages(map, file, diagnostics);
        var title = map.Localized("title", Code, required: true);
        var coalition = ParseCoalition(map.Map("coalition", Code), languages.Select(l => l.Code).ToList(), assetExists);
        var print = ParsePrint(map.Map("print", Code));
        var baseUrl = map.String("base_url", Code) ?? "/";
        if (BaseUrlRule.Problem(baseUrl) is { } problem)
        {
            map.Context.Error(Code, $"'base_url' {problem}", map.StartOf("base_url"));
            baseUrl = "/";
        }

        return languages.Count == 0
            ? null
            : new SiteSettings(title, map.Localized("description", Code), baseUrl, languages, coalition, print, map.Localized("licence", Code));
    }

    private static List<Language> ParseLanguages(YamlMap map, SourceFile file, DiagnosticList diagnostics)
    {
        var languages = new List<Language>();
        foreach (var entry in map.MapList("languages", Code))
        {
            entry.RejectUnknownKeys(Code, KnownKeys.SiteLanguage);
            var code = entry.String("code", Code, required: true);
            if (code is null)
            {
                continue;
            }

            if (!code.All(char.IsAsciiLetterLower) || code.Length is < 2 or > 3)
            {
                entry.Context.Error(Code, $"language code '{code}' should be 2 or 3 lower-case letters (ISO 639-1, like en, km, fr)", entry.StartOf("code"));
                continue;
            }

            var direction = entry.String("direction", Code) switch
            {
                null or "ltr" => TextDirection.Ltr,
                "rtl" => TextDirection.Rtl,
                var other => Invalid(entry, $"'direction' should be ltr or rtl, not '{other}'"),
            };
            var locale = entry.String("locale", Code) ?? code;
            if (CultureData.IsAvailable && !CultureData.Knows(locale))
            {
                entry.Context.Error(DiagnosticCodes.UnknownLocale,
                    $"the locale '{locale}' of language '{code}' is not one this machine's culture data (ICU) knows, so its dates and numbers "
                    + "cannot be written; check the spelling (en-GB, fr-FR, km-KH), or give a locale it knows for that language's formats "
                    + "(a Tetum site: 'locale: pt-TL')",
                    entry.StartOf(entry.String("locale", Code) is null ? "code" : "locale"));
            }

            languages.Add(new Language(code, entry.String("label", Code) ?? code, locale, direction, entry.Bool("default", Code) ?? false)
            {
                Digits = ParseDigits(entry, code),
            });
        }

        if (languages.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(Code,
                "site.yml declares no language; add 'languages:' with at least one '- code: en' entry marked 'default: true'",
                file.DisplayPath, 1, 1));
            return languages;
        }

        CheckDefaults(map, languages);
        return languages;
    }

    private static void CheckDefaults(YamlMap map, List<Language> languages)
    {
        foreach (var duplicate in languages.GroupBy(l => l.Code).Where(g => g.Count() > 1))
        {
            map.Context.Error(Code, $"language '{duplicate.Key}' is declared {duplicate.Count()} times; keep one", map.StartOf("languages"));
        }

        // The first declaration of each code stays, so that the rest of the site can still be read and checked.
        var first = languages.DistinctBy(l => l.Code).ToList();
        languages.Clear();
        languages.AddRange(first);

        var defaults = languages.Count(l => l.IsDefault);
        if (defaults > 1)
        {
            map.Context.Error(Code, "more than one language is marked 'default: true'; keep exactly one", map.StartOf("languages"));
        }

        if (defaults != 1)
        {
            languages[0] = languages[0] with { IsDefault = true };
            for (var i = 1; i < languages.Count; i++)
            {
                languages[i] = languages[i] with { IsDefault = false };
            }
        }
    }

    private static DigitStyle ParseDigits(YamlMap entry, string code)
    {
        switch (entry.String("digits", Code))
        {
            case null or "latin":
                return DigitStyle.Latin;
            case "native" when NativeDigits.IsKnown(code):
                return DigitStyle.Native;
            case "native":
                entry.Context.Error(Code,
                    $"'digits: native' is not known for language '{code}' (known: {string.Join(", ", NativeDigits.Languages)}); write 'digits: latin'",
                    entry.StartOf("digits"));
                return DigitStyle.Latin;
            case var other:
                entry.Context.Error(Code, $"'digits' should be latin or native, not '{other}'", entry.StartOf("digits"));
                return DigitStyle.Latin;
        }
    }

    private static TextDirection Invalid(YamlMap entry, string message)
    {
        entry.Context.Error(Code, message, entry.StartOf("direction"));
        return TextDirection.Ltr;
    }

    private static Coalition ParseCoalition(YamlMap? map, IReadOnlyCollection<string> languages, Func<string, bool>? assetExists)
    {
        if (map is null)
        {
            return new Coalition(LocalizedText.Empty, [], null);
        }

        map.RejectUnknownKeys(Code, KnownKeys.SiteCoalition);
        return new Coalition(map.Localized("name", Code), CoalitionMembersParser.Parse(map, languages), map.String("contact", Code),
            Logo(map, assetExists));
    }

    private static readonly string[] LogoExtensions = [".svg", ".png", ".jpg", ".jpeg", ".webp"];

    private static string? Logo(YamlMap map, Func<string, bool>? assetExists)
    {
        var logo = map.String("logo", DiagnosticCodes.InvalidCoalitionLogo);
        if (logo is null)
        {
            return null;
        }

        var problem = !logo.StartsWith("assets/", StringComparison.Ordinal) || logo.Split('/').Any(part => part is "" or "." or "..")
                || !LogoExtensions.Any(e => logo.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            ? $"'logo' should be the path of an SVG, PNG, JPEG or WebP image under assets/, for example 'assets/images/logo.svg', not '{logo}'"
            : assetExists is not null && !assetExists(logo)
                ? $"'logo' names '{logo}', which is neither in input/{logo} nor in the theme; put the image there, or correct the path"
                : null;
        if (problem is null)
        {
            return logo;
        }

        map.Context.Error(DiagnosticCodes.InvalidCoalitionLogo, problem, map.StartOf("logo"));
        return null;
    }

    private static PrintSettings ParsePrint(YamlMap? map)
    {
        if (map is null)
        {
            return PrintSettings.Default;
        }

        map.RejectUnknownKeys(Code, KnownKeys.SitePrint);
        var paper = map.String("paper", Code) switch
        {
            null => PrintSettings.Default.Paper,
            var p when p.Equals("A4", StringComparison.OrdinalIgnoreCase) => PaperSize.A4,
            var p when p.Equals("Letter", StringComparison.OrdinalIgnoreCase) => PaperSize.Letter,
            var other => InvalidPaper(map, other),
        };
        return new PrintSettings(paper, map.Int("max_pages", Code, 1, 20) ?? PrintSettings.Default.MaxPages,
            map.Bool("briefs", Code) ?? PrintSettings.Default.Briefs);
    }

    private static PaperSize InvalidPaper(YamlMap map, string value)
    {
        map.Context.Error(Code, $"'paper' should be A4 or Letter, not '{value}'", map.StartOf("paper"));
        return PaperSize.A4;
    }
}
