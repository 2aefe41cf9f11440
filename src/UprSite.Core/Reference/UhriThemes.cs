using System.Text.RegularExpressions;

namespace UprSite.Core.Reference;

/// <summary>
/// The themes of the Universal Human Rights Index that OHCHR matrices and UHRI exports name ("A12 Acceptance of
/// international norms"), by code, with names in English, French and Khmer (docs/reference-data.md). A theme is found
/// by the code that opens it, else by its English name compared folded; one the table does not hold is shown as the
/// source writes it, marked as English.
/// </summary>
public static partial class UhriThemes
{
    // Built on first use: the parts of the table are in other files, whose static fields C# does not order.
    public static IReadOnlyList<UhriTheme> All => field ??= [.. Institutions(), .. Rights()];

    private static Dictionary<string, UhriTheme> ByCode => field ??= All.ToDictionary(t => t.Code, StringComparer.Ordinal);

    private static Dictionary<string, UhriTheme> ByName => field ??= All.ToDictionary(t => NameFolding.Fold(t.EnglishName), StringComparer.Ordinal);

    /// <summary>The theme a source's text names: by its opening code, else by its English name; null when neither is in the table.</summary>
    public static UhriTheme? Find(string theme)
    {
        var match = Code().Match(theme.Trim());
        if (match.Success)
        {
            return ByCode.GetValueOrDefault(match.Groups["code"].Value);
        }

        return ByName.GetValueOrDefault(NameFolding.Fold(theme));
    }

    /// <summary>
    /// The theme in the page's language, with its code when the source gave one ("A12 Acceptation des normes
    /// internationales"); on English pages as the source writes it; elsewhere the source's text, marked English, when
    /// the table does not hold the theme.
    /// </summary>
    public static ThemeName Name(string theme, string language)
    {
        if (language == "en")
        {
            return new ThemeName(theme, null);
        }

        if (Find(theme) is not { } known || known.Name(language) is not { Length: > 0 } name || language is not ("fr" or "km"))
        {
            return new ThemeName(theme, "en");
        }

        return new ThemeName(Code().IsMatch(theme.Trim()) ? $"{known.Code} {name}" : name, null);
    }

    [GeneratedRegex(@"^(?<code>[A-Z][0-9]{1,3})(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
