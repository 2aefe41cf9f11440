namespace UprSite.Core.Text;

/// <summary>One CLDR cardinal rule: the categories it uses and the category of a number's operands.</summary>
/// <param name="Categories">The categories the rule can give, <see cref="PluralCategory.Other"/> last.</param>
/// <param name="Select">The category of the operands i (integer digits, no sign) and v (fraction digits shown).</param>
internal sealed record PluralRule(IReadOnlyList<PluralCategory> Categories, Func<decimal, int, PluralCategory> Select)
{
    /// <summary>Khmer, Chinese, Japanese…: every number takes the same form.</summary>
    public static PluralRule OtherOnly { get; } = new([PluralCategory.Other], (_, _) => PluralCategory.Other);

    /// <summary>English: one is i = 1 and v = 0 ("1 recommendation", "1.0 recommendations", "0 recommendations").</summary>
    public static PluralRule English { get; } = new(
        [PluralCategory.One, PluralCategory.Other],
        (i, v) => i == 1 && v == 0 ? PluralCategory.One : PluralCategory.Other);

    /// <summary>
    /// French: one is i = 0,1 ("0 recommandation", "1,5 recommandation"); many is e = 0 and i ≠ 0 and i % 1000000 = 0 and
    /// v = 0 ("1 000 000 de recommandations"; no compact exponent is written here, so e = 0).
    /// </summary>
    public static PluralRule French { get; } = new(
        [PluralCategory.One, PluralCategory.Many, PluralCategory.Other],
        (i, v) => i is 0 or 1 ? PluralCategory.One : v == 0 && i % 1_000_000 == 0 ? PluralCategory.Many : PluralCategory.Other);
}
