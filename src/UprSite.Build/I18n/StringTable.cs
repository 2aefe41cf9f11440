using UprSite.Core.Text;

namespace UprSite.Build.I18n;

/// <summary>
/// UI strings of the site per language, falling back to the default language, then to the key itself. Each stage that
/// looks strings up makes its own table from the parsed <see cref="UiStrings"/> and returns <see cref="Missed"/> with
/// its output, so the report of missing strings (<see cref="MissingStrings"/>) reads no table another stage filled.
/// A French string found in the French table is spaced by <see cref="FrenchTypography"/> (before any placeholder is
/// filled, so the names and sources a coalition wrote are left as written).
/// </summary>
public sealed class StringTable(UiStrings strings)
{
    private readonly HashSet<(string Language, string Key)> _missed = [];
    private readonly Lock _lock = new();

    public StringTable(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage, string defaultLanguage, string i18nFolder)
        : this(new UiStrings(byLanguage, defaultLanguage, i18nFolder))
    {
    }

    public UiStrings Strings => strings;

    /// <summary>The keys asked for in a language that has no text of its own for them.</summary>
    public IReadOnlySet<(string Language, string Key)> Missed
    {
        get
        {
            lock (_lock)
            {
                return _missed.ToHashSet();
            }
        }
    }

    public string Get(string language, string key)
    {
        if (strings.ByLanguage.TryGetValue(language, out var table) && table.TryGetValue(key, out var text))
        {
            return Typeset(language, text);
        }

        Miss(language, key);
        return strings.ByLanguage.TryGetValue(strings.DefaultLanguage, out var fallback) && fallback.TryGetValue(key, out var defaultText)
            ? defaultText
            : key;
    }

    /// <summary>
    /// The plural form of <paramref name="key"/> for <paramref name="counts"/> (one count per level, the first
    /// choosing the first level): the language's own form for each count's exact number (<c>=0</c>), else for its
    /// category, else <c>other</c>; then the
    /// default language's, by its own rule; else the key.
    /// </summary>
    public string Plural(string language, string key, params long[] counts)
    {
        if (strings.ByLanguage.TryGetValue(language, out var table) && PluralKeys.Find(table, key, CategoriesOf(language, counts)) is { } text)
        {
            return Typeset(language, text);
        }

        Miss(language, key + string.Concat(Enumerable.Repeat(".other", counts.Length)));
        var fallbackLanguage = strings.DefaultLanguage;
        return strings.ByLanguage.TryGetValue(fallbackLanguage, out var fallback)
            && PluralKeys.Find(fallback, key, CategoriesOf(fallbackLanguage, counts)) is { } defaultText
            ? defaultText
            : key;
    }

    /// <summary>
    /// Whether <paramref name="language"/>'s own table gives <paramref name="key"/>, as a string or as a group of
    /// plural forms (its <c>other</c> form at the first level); looking does not count as a miss.
    /// </summary>
    public bool Defines(string language, string key) =>
        strings.ByLanguage.TryGetValue(language, out var table)
        && (table.ContainsKey(key) || table.Keys.Any(k => k.StartsWith(key + ".other", StringComparison.Ordinal)));

    [ThreadStatic]
    private static HashSet<(string Language, string Key)>? _capturing;

    /// <summary>
    /// Until disposed, the keys this thread misses (in any table) are also gathered in <paramref name="into"/>: what
    /// one page asked for as it rendered, so that a page kept from a previous build reports them again.
    /// </summary>
    public static IDisposable CaptureMisses(HashSet<(string Language, string Key)> into)
    {
        var outer = _capturing;
        _capturing = into;
        return new CaptureScope(() => _capturing = outer);
    }

    /// <summary>Counts keys as missed again: those a page kept from a previous build missed when it rendered.</summary>
    public void Remember(IEnumerable<(string Language, string Key)> missed)
    {
        lock (_lock)
        {
            _missed.UnionWith(missed);
        }
    }

    // Pages render on several threads, each looking strings up in the one table.
    private void Miss(string language, string key)
    {
        _capturing?.Add((language, key));
        lock (_lock)
        {
            _missed.Add((language, key));
        }
    }

    private sealed class CaptureScope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }

    private static (long Count, string Category)[] CategoriesOf(string language, long[] counts) =>
        counts.Select(c => (c, PluralKeys.NameOf(PluralRules.Of(language, c)))).ToArray();

    private static string Typeset(string language, string text) => IsFrench(language) ? FrenchTypography.Apply(text) : text;

    public static bool IsFrench(string language) =>
        language.Equals("fr", StringComparison.OrdinalIgnoreCase) || language.StartsWith("fr-", StringComparison.OrdinalIgnoreCase);
}
