using System.Globalization;

namespace UprSite.Core.Text;

/// <summary>
/// Which plural form a number takes in a language, by the cardinal rules of Unicode CLDR (plurals.xml), for the
/// languages known here. A language not listed is treated as English (one / other), which is right for many European
/// languages and wrong for others (Arabic, Russian, Polish…): <see cref="IsKnown"/> tells them apart.
/// </summary>
public static class PluralRules
{
    private static readonly Dictionary<string, PluralRule> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = PluralRule.English,
        ["fr"] = PluralRule.French,

        // CLDR gives these languages a single form.
        ["id"] = PluralRule.OtherOnly, ["ja"] = PluralRule.OtherOnly, ["km"] = PluralRule.OtherOnly, ["ko"] = PluralRule.OtherOnly,
        ["lo"] = PluralRule.OtherOnly, ["ms"] = PluralRule.OtherOnly, ["my"] = PluralRule.OtherOnly, ["th"] = PluralRule.OtherOnly,
        ["vi"] = PluralRule.OtherOnly, ["zh"] = PluralRule.OtherOnly,
    };

    /// <summary>Languages whose rule is known here (the others are treated as English).</summary>
    public static IReadOnlyCollection<string> Languages => ByLanguage.Keys.Order(StringComparer.Ordinal).ToList();

    /// <param name="language">A language code or locale: "fr", "fr-CA", "fr_CA", "FR".</param>
    public static bool IsKnown(string language) => ByLanguage.ContainsKey(BaseLanguage(language));

    /// <summary>The categories a language uses, <see cref="PluralCategory.Other"/> last: the forms a translation must give.</summary>
    public static IReadOnlyList<PluralCategory> CategoriesOf(string language) => RuleOf(language).Categories;

    /// <summary>The category of a count (a whole number) in <paramref name="language"/>.</summary>
    public static PluralCategory Of(string language, long count) => RuleOf(language).Select(Math.Abs((decimal)count), 0);

    /// <summary>
    /// The category of a number as it is written: the decimal's scale is the number of fraction digits shown, so in
    /// English 1m is "one" and 1.0m "other" ("1 recommendation", "1.0 recommendations").
    /// </summary>
    public static PluralCategory Of(string language, decimal number) =>
        RuleOf(language).Select(decimal.Truncate(Math.Abs(number)), number.Scale);

    private static PluralRule RuleOf(string language) =>
        ByLanguage.TryGetValue(BaseLanguage(language), out var rule) ? rule : PluralRule.English;

    private static string BaseLanguage(string language)
    {
        var end = language.IndexOfAny(['-', '_']);
        return (end < 0 ? language : language[..end]).ToLower(CultureInfo.InvariantCulture);
    }
}
