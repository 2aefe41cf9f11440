using System.Text;
using UprSite.Core.Reference;

namespace UprSite.Build.Scaffolding;

/// <summary>
/// <c>uprsite init</c>: writes a new site into a folder — input/site.yml, one country with its country.yml, one
/// factsheet, one page — with a .gitignore for the built output. No netlify.toml: the repository's builds the tool from
/// its sources, which a new site does not hold (docs/publishing.md). Refuses to
/// write over a site that is already there, and never overwrites a file (an existing .gitignore gets the missing lines).
/// </summary>
public static class SiteScaffolder
{
    public const string FactsheetSlug = "first-factsheet";

    /// <returns>The files written (paths relative to <paramref name="folder"/>), or why nothing was written.</returns>
    public static SiteScaffoldResult Create(string folder, string themeDir, string language, string country, DateOnly today)
    {
        if (!IsCode(language, 2, 3))
        {
            return SiteScaffoldResult.Failed($"the language code '{language}' should be 2 or 3 lower-case letters (ISO 639-1, like en, fr, km)");
        }

        if (!IsCode(country, 2, 2))
        {
            return SiteScaffoldResult.Failed($"the country code '{country}' should be 2 lower-case letters (ISO 3166-1 alpha-2, like kh, ke, co)");
        }

        if (UnStates.ByAlpha2(country) is not { } state)
        {
            return SiteScaffoldResult.Failed($"'{country}' is not the ISO 3166-1 alpha-2 code of a UN member or observer State; use the State's code in lower case, like kh for Cambodia");
        }

        var themeLanguages = Directory.Exists(Path.Combine(themeDir, "i18n"))
            ? Directory.GetFiles(Path.Combine(themeDir, "i18n"), "*.yml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()
            : [];
        if (!themeLanguages.Contains(language))
        {
            // Without the theme's UI strings in that language, every page would warn (UPR0304) and show them in no language.
            return SiteScaffoldResult.Failed(
                $"the theme has its UI strings in {string.Join(", ", themeLanguages)} only; start with one of them (--lang) and add '{language}' later, or first write the theme's strings in '{language}' (theme/i18n/{language}.yml; docs/i18n.md)");
        }

        var input = Path.Combine(folder, "input");
        if (Directory.Exists(input) && Directory.EnumerateFileSystemEntries(input).Any())
        {
            return SiteScaffoldResult.Failed($"'{input}' already holds a site and was left as it is; run 'uprsite init' in an empty folder, or 'uprsite build' here");
        }

        var countryDir = $"input/countries/{country}";
        var written = new List<string>();
        Write(folder, "input/site.yml", SiteSkeleton.SiteYml(language), written);
        Write(folder, $"{countryDir}/country.yml", SiteSkeleton.CountryYml(language, state), written);
        var factsheet = FactsheetScaffolder.Create(input, themeDir, country, FactsheetSlug, language, today, draft: true);
        if (!factsheet.Succeeded)
        {
            return SiteScaffoldResult.Failed(factsheet.Error!);
        }

        written.Add($"{countryDir}/factsheets/{FactsheetSlug}.{language}.md");
        Write(folder, $"input/pages/about.{language}.md", SiteSkeleton.AboutPage(), written);
        AddGitIgnoreLines(folder, written);
        return SiteScaffoldResult.Written(written);
    }

    private static void Write(string folder, string path, string text, List<string> written)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }

        written.Add(path);
    }

    private static void AddGitIgnoreLines(string folder, List<string> written)
    {
        var path = Path.Combine(folder, ".gitignore");
        var existing = File.Exists(path) ? File.ReadAllLines(path) : [];
        var missing = SiteSkeleton.GitIgnoreLines.Where(line => !existing.Contains(line)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var separator = existing.Length > 0 && !File.ReadAllText(path).EndsWith('\n') ? "\n" : "";
        File.AppendAllText(path, separator + "# the built site and the PDF cache (uprsite)\n" + string.Join("\n", missing) + "\n");
        written.Add(".gitignore");
    }

    private static bool IsCode(string code, int min, int max) =>
        code.Length >= min && code.Length <= max && code.All(char.IsAsciiLetterLower);
}
