using System.Text;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Scaffolding;

/// <summary>
/// <c>uprsite new factsheet</c>: writes a skeleton to input/countries/&lt;country&gt;/factsheets/&lt;slug&gt;.&lt;lang&gt;.md.
/// Refuses to overwrite a file and to write into a country folder that does not exist.
/// </summary>
public static class FactsheetScaffolder
{
    /// <returns>The path written, or the reason nothing was written.</returns>
    public static ScaffoldResult Create(string inputDir, string themeDir, string country, string slug, string language, DateOnly today, bool draft = false)
    {
        if (!IsName(slug))
        {
            return ScaffoldResult.Failed($"the slug '{slug}' cannot become an address; use lower-case letters, digits and hyphens (e.g. 'land-rights')");
        }

        var countryDir = Path.Combine(inputDir, "countries", country);
        if (!Directory.Exists(countryDir))
        {
            return ScaffoldResult.Failed($"there is no country folder '{countryDir}'; create it with a country.yml first (folder name: the ISO 3166-1 alpha-2 code in lower case, e.g. 'kh')");
        }

        var diagnostics = new DiagnosticList();
        var sources = SourceLoader.Load(inputDir, themeDir, diagnostics);
        var settings = sources.FindInput(SiteSettingsParser.FileName) is { } siteFile ? SiteSettingsParser.Parse(siteFile, diagnostics) : null;
        if (settings is null)
        {
            return ScaffoldResult.Failed($"'{inputDir}/{SiteSettingsParser.FileName}' is missing or has errors; run 'uprsite check' to see them");
        }

        if (settings.FindLanguage(language) is null)
        {
            return ScaffoldResult.Failed($"site.yml declares no language '{language}'; use one of {string.Join(", ", settings.Languages.Select(l => l.Code))} or add it to site.yml");
        }

        var path = Path.Combine(countryDir, "factsheets", $"{slug}.{language}.md");
        if (File.Exists(path))
        {
            return ScaffoldResult.Failed($"'{path}' already exists and was left as it is; pick another slug or edit that file");
        }

        var strings = StringTableParser.Parse(language, sources, diagnostics);
        var text = FactsheetSkeleton.Text(slug,
            strings.GetValueOrDefault(FactsheetHeadings.QuestionsKey) ?? "Questions",
            strings.GetValueOrDefault(FactsheetHeadings.RecommendationsKey) ?? "Recommendations",
            today,
            draft);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }

        return ScaffoldResult.Written(path);
    }

    private static bool IsName(string slug) =>
        slug.Length > 0 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && !slug.StartsWith('-') && !slug.EndsWith('-');
}
