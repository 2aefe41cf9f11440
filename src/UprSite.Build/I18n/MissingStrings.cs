using UprSite.Core.Diagnostics;

namespace UprSite.Build.I18n;

/// <summary>
/// The UI strings each language lacks: those the default language has (so a translator sees every string before a
/// page needs it) and those a stage asked for and found nowhere (<see cref="StringTable.Missed"/>). A plural group of
/// the default language is expected in the forms the other language uses (<see cref="PluralKeys.Required"/>): French
/// one and other, Khmer other only.
/// </summary>
public static class MissingStrings
{
    public static IReadOnlyList<string> Keys(UiStrings strings, IEnumerable<(string Language, string Key)> missed, string language)
    {
        var own = strings.ByLanguage.GetValueOrDefault(language) ?? new Dictionary<string, string>();
        var defaults = strings.ByLanguage.GetValueOrDefault(strings.DefaultLanguage) ?? new Dictionary<string, string>();
        var expected = defaults.Keys.Concat(missed.Where(a => a.Language == language).Select(a => a.Key))
            .SelectMany(key => PluralKeys.Split(key, defaults) is { } plural ? PluralKeys.FormsOf(plural.Stem, plural.Levels, language) : [key]);
        return expected.Where(key => !own.ContainsKey(key)).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>One warning per UI string a language lacks.</summary>
    public static IReadOnlyList<Diagnostic> Warnings(UiStrings strings, IReadOnlyCollection<(string Language, string Key)> missed) =>
        strings.ByLanguage.Keys.Concat(missed.Select(a => a.Language)).Distinct().Order(StringComparer.Ordinal)
            .SelectMany(language => Keys(strings, missed, language).Select(key => Diagnostic.Warning(DiagnosticCodes.MissingString,
                $"the UI string '{key}' has no '{language}' text; add '{key}: …' to {strings.Folder}/{language}.yml",
                $"{strings.Folder}/{language}.yml")))
            .ToList();
}
