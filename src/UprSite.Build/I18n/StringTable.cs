using UprSite.Core.Diagnostics;

namespace UprSite.Build.I18n;

/// <summary>UI strings of the site per language, falling back to the default language, then to the key itself.</summary>
public sealed class StringTable(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage, string defaultLanguage, string i18nFolder)
{
    private readonly HashSet<(string Language, string Key)> _asked = [];

    public string Get(string language, string key)
    {
        if (byLanguage.TryGetValue(language, out var table) && table.TryGetValue(key, out var text))
        {
            return text;
        }

        _asked.Add((language, key));
        return byLanguage.TryGetValue(defaultLanguage, out var fallback) && fallback.TryGetValue(key, out var defaultText)
            ? defaultText
            : key;
    }

    /// <summary>
    /// The keys <paramref name="language"/> lacks: those a layout asked for, and those the default language has
    /// (so a translator sees every string to translate before a page needs it).
    /// </summary>
    public IReadOnlyList<string> MissingKeys(string language)
    {
        var own = byLanguage.GetValueOrDefault(language) ?? new Dictionary<string, string>();
        var expected = (byLanguage.GetValueOrDefault(defaultLanguage)?.Keys ?? [])
            .Concat(_asked.Where(a => a.Language == language).Select(a => a.Key));
        return expected.Where(key => !own.ContainsKey(key)).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>One warning per UI string a language lacks.</summary>
    public IEnumerable<Diagnostic> MissingStrings() =>
        byLanguage.Keys.Concat(_asked.Select(a => a.Language)).Distinct().Order(StringComparer.Ordinal)
            .SelectMany(language => MissingKeys(language).Select(key => Diagnostic.Warning(DiagnosticCodes.MissingString,
                $"the UI string '{key}' has no '{language}' text; add '{key}: …' to {i18nFolder}/{language}.yml",
                $"{i18nFolder}/{language}.yml")));
}
