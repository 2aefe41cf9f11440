using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UprSite.Core.Text;

namespace UprSite.Core.Tests.Text;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 0, PluralCategory.Other)]
    [InlineData("en", 1, PluralCategory.One)]
    [InlineData("en", 2, PluralCategory.Other)]
    [InlineData("en", 21, PluralCategory.Other)]
    [InlineData("en", -1, PluralCategory.One)]
    [InlineData("fr", 0, PluralCategory.One)]
    [InlineData("fr", 1, PluralCategory.One)]
    [InlineData("fr", 2, PluralCategory.Other)]
    [InlineData("fr", 999_999, PluralCategory.Other)]
    [InlineData("fr", 1_000_000, PluralCategory.Many)]
    [InlineData("fr", 3_000_000, PluralCategory.Many)]
    [InlineData("fr", 1_000_001, PluralCategory.Other)]
    [InlineData("km", 0, PluralCategory.Other)]
    [InlineData("km", 1, PluralCategory.Other)]
    [InlineData("km", 1_000_000, PluralCategory.Other)]
    public void A_count_takes_the_CLDR_category_of_its_language(string language, long count, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Of(language, count));

    [Theory]
    [InlineData("en", "1", PluralCategory.One)]
    [InlineData("en", "1.0", PluralCategory.Other)]
    [InlineData("en", "0.5", PluralCategory.Other)]
    [InlineData("fr", "1.5", PluralCategory.One)]
    [InlineData("fr", "0.5", PluralCategory.One)]
    [InlineData("fr", "2.5", PluralCategory.Other)]
    [InlineData("fr", "1000000.0", PluralCategory.Other)]
    public void A_number_with_fraction_digits_shown_follows_the_operands_i_and_v(string language, string number, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Of(language, decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("fr_BE")]
    [InlineData("FR")]
    public void A_locale_or_a_capitalised_code_uses_its_language_s_rule(string language)
    {
        Assert.True(PluralRules.IsKnown(language));
        Assert.Equal(PluralCategory.One, PluralRules.Of(language, 0));
    }

    [Fact]
    public void An_unknown_language_is_treated_as_English_and_said_to_be_unknown()
    {
        Assert.False(PluralRules.IsKnown("de"));
        Assert.Equal((PluralCategory.Other, PluralCategory.One, PluralCategory.Other), (PluralRules.Of("de", 0), PluralRules.Of("de", 1), PluralRules.Of("de", 2)));
        Assert.Equal([PluralCategory.One, PluralCategory.Other], PluralRules.CategoriesOf("de"));
    }

    [Fact]
    public void Each_language_lists_the_forms_a_translation_must_give_other_last()
    {
        Assert.Equal([PluralCategory.One, PluralCategory.Other], PluralRules.CategoriesOf("en"));
        Assert.Equal([PluralCategory.One, PluralCategory.Many, PluralCategory.Other], PluralRules.CategoriesOf("fr"));
        Assert.Equal([PluralCategory.Other], PluralRules.CategoriesOf("km"));
        Assert.Contains("km", PluralRules.Languages);
    }

    [Property(MaxTest = 500)]
    public Property English_says_one_for_one_and_minus_one_only(long count) =>
        (PluralRules.Of("en", count) == (Math.Abs((decimal)count) == 1 ? PluralCategory.One : PluralCategory.Other)).Label($"{count}");

    [Property(MaxTest = 500)]
    public Property French_says_one_for_every_number_below_two(decimal number) =>
        ((PluralRules.Of("fr", number) == PluralCategory.One) == (Math.Abs(number) < 2)).Label($"{number}");

    [Property(MaxTest = 300)]
    public Property Every_category_given_is_one_the_language_lists_and_a_whole_count_reads_the_same_as_a_decimal(long count, byte language)
    {
        var code = new[] { "en", "fr", "km", "ja", "de", "ar" }[language % 6];
        var category = PluralRules.Of(code, count);
        return (PluralRules.CategoriesOf(code).Contains(category) && category == PluralRules.Of(code, (decimal)count)
            && PluralRules.Of("km", count) == PluralCategory.Other).Label($"{code} {count} → {category}");
    }
}
