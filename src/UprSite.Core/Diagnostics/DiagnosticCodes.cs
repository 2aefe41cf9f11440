namespace UprSite.Core.Diagnostics;

/// <summary>
/// Every code the build can report. docs/diagnostics.md documents each one; a test keeps the two lists equal.
/// 01xx: files and YAML; 02xx: content; 03xx: templates; 04xx: links and output; 08xx: languages and publishing.
/// </summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticCode MissingFile = new("UPR0100", "A required file or folder is missing");
    public static readonly DiagnosticCode InvalidYaml = new("UPR0101", "YAML cannot be read");
    public static readonly DiagnosticCode InvalidSiteConfig = new("UPR0102", "site.yml is incomplete or inconsistent");
    public static readonly DiagnosticCode UnknownLanguage = new("UPR0103", "A file name or setting names a language site.yml does not declare");
    public static readonly DiagnosticCode MissingCountryFile = new("UPR0104", "A country folder has no country.yml");
    public static readonly DiagnosticCode InvalidCountry = new("UPR0105", "country.yml is incomplete or inconsistent");
    public static readonly DiagnosticCode UnclosedFrontMatter = new("UPR0106", "Front matter is opened with --- but never closed");
    public static readonly DiagnosticCode InvalidFileName = new("UPR0107", "A content file name does not follow <name>.<lang>.md");
    public static readonly DiagnosticCode MissingTitle = new("UPR0201", "A factsheet or page has no title");
    public static readonly DiagnosticCode DuplicateContent = new("UPR0202", "Two files produce the same page");
    public static readonly DiagnosticCode InvalidFrontMatterValue = new("UPR0203", "A front matter value has the wrong form");
    public static readonly DiagnosticCode MissingTranslationOrigin = new("UPR0204", "A translation has no version in the default language");
    public static readonly DiagnosticCode MissingLayout = new("UPR0301", "A layout or partial cannot be found");
    public static readonly DiagnosticCode LayoutSyntax = new("UPR0302", "A layout or partial does not parse");
    public static readonly DiagnosticCode LayoutRender = new("UPR0303", "A layout or partial fails while rendering");
    public static readonly DiagnosticCode MissingString = new("UPR0304", "A UI string is missing for a language");
    public static readonly DiagnosticCode BrokenLink = new("UPR0401", "An internal link points to no page or file of the site");
    public static readonly DiagnosticCode BrokenAnchor = new("UPR0402", "An internal link points to an anchor that does not exist");
    public static readonly DiagnosticCode OutputNotWritten = new("UPR0403", "The output folder cannot be written");
    public static readonly DiagnosticCode MissingTranslation = new("UPR0801", "A factsheet or page has no translation in one of the site's languages");
    public static readonly DiagnosticCode MissingLocalizedText = new("UPR0802", "A text of site.yml or country.yml has no version in one of the site's languages");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        MissingFile, InvalidYaml, InvalidSiteConfig, UnknownLanguage, MissingCountryFile, InvalidCountry,
        UnclosedFrontMatter, InvalidFileName, MissingTitle, DuplicateContent, InvalidFrontMatterValue,
        MissingTranslationOrigin, MissingLayout, LayoutSyntax, LayoutRender, MissingString, BrokenLink,
        BrokenAnchor, OutputNotWritten,
        MissingTranslation, MissingLocalizedText,
    ];
}
