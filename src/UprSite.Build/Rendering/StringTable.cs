using UprSite.Core.Diagnostics;

namespace UprSite.Build.Rendering;

/// <summary>UI strings of the site per language, falling back to the default language, then to the key itself.</summary>
public sealed class StringTable(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage, string defaultLanguage, string i18nFolder)
{
    private readonly HashSet<(string Language, string Key)> _missing = [];

    public string Get(string language, string key)
    {
        if (byLanguage.TryGetValue(language, out var table) && table.TryGetValue(key, out var text))
        {
            return text;
        }

        _missing.Add((language, key));
        return byLanguage.TryGetValue(defaultLanguage, out var fallback) && fallback.TryGetValue(key, out var defaultText)
            ? defaultText
            : key;
    }

    /// <summary>One warning per string a layout asked for and a language lacks.</summary>
    public IEnumerable<Diagnostic> MissingStrings() =>
        _missing.OrderBy(m => m.Language, StringComparer.Ordinal).ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => Diagnostic.Warning(DiagnosticCodes.MissingString,
                $"the UI string '{m.Key}' has no '{m.Language}' text; add '{m.Key}: …' to {i18nFolder}/{m.Language}.yml",
                $"{i18nFolder}/{m.Language}.yml"));
}
