namespace UprSite.Build.I18n;

/// <summary>
/// UI strings of the site per language, falling back to the default language, then to the key itself. Each stage that
/// looks strings up makes its own table from the parsed <see cref="UiStrings"/> and returns <see cref="Missed"/> with
/// its output, so the report of missing strings (<see cref="MissingStrings"/>) reads no table another stage filled.
/// </summary>
public sealed class StringTable(UiStrings strings)
{
    private readonly HashSet<(string Language, string Key)> _missed = [];

    public StringTable(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage, string defaultLanguage, string i18nFolder)
        : this(new UiStrings(byLanguage, defaultLanguage, i18nFolder))
    {
    }

    public UiStrings Strings => strings;

    /// <summary>The keys asked for in a language that has no text of its own for them.</summary>
    public IReadOnlySet<(string Language, string Key)> Missed => _missed;

    public string Get(string language, string key)
    {
        if (strings.ByLanguage.TryGetValue(language, out var table) && table.TryGetValue(key, out var text))
        {
            return text;
        }

        _missed.Add((language, key));
        return strings.ByLanguage.TryGetValue(strings.DefaultLanguage, out var fallback) && fallback.TryGetValue(key, out var defaultText)
            ? defaultText
            : key;
    }
}
