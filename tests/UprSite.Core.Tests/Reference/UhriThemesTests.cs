using UprSite.Core.Reference;

namespace UprSite.Core.Tests.Reference;

/// <summary>The UHRI themes of the reference data: every one named in French and Khmer, found by code or English name, the English shown (and marked) only for a theme the table lacks.</summary>
public sealed class UhriThemesTests
{
    [Fact]
    public void Every_theme_has_a_code_of_its_own_and_an_English_French_and_Khmer_name()
    {
        Assert.Equal(79, UhriThemes.All.Count);
        Assert.Equal(UhriThemes.All.Count, UhriThemes.All.Select(t => t.Code).Distinct().Count());
        Assert.All(UhriThemes.All, t =>
        {
            Assert.Matches("^[A-H][0-9]{1,2}$", t.Code);
            Assert.False(string.IsNullOrWhiteSpace(t.EnglishName));
            Assert.False(string.IsNullOrWhiteSpace(t.FrenchName));
            Assert.Matches(@"^[\u1780-\u17FF]", t.KhmerName);
            Assert.DoesNotMatch("[A-Za-z]{4,}", t.KhmerName.Replace("LGBTI", string.Empty, StringComparison.Ordinal).Replace("UPR", string.Empty, StringComparison.Ordinal));
        });
        Assert.Equal(UhriThemes.All.Count, UhriThemes.All.Select(t => NameFolding.Fold(t.EnglishName)).Distinct().Count());
    }

    [Theory]
    [InlineData("A12 Acceptance of international norms", "fr", "A12 Acceptation des normes internationales")]
    [InlineData("D51 Administration of justice & fair trial", "km", "D51 ការគ្រប់គ្រងយុត្តិធម៌ និងការជំនុំជម្រះក្តីដោយយុត្តិធម៌")]
    [InlineData("Right to life", "fr", "Droit à la vie")]
    [InlineData("right to LIFE", "km", "សិទ្ធិរស់រានមានជីវិត")]
    [InlineData("A12 Acceptance of international norms", "en", "A12 Acceptance of international norms")]
    public void A_known_theme_is_named_in_the_pages_language(string theme, string language, string expected) =>
        Assert.Equal(new ThemeName(expected, null), UhriThemes.Name(theme, language));

    [Theory]
    [InlineData("Z99 A theme not in the table", "fr")]
    [InlineData("Something the index does not hold", "km")]
    [InlineData("A12 Acceptance of international norms", "es")]
    public void A_theme_outside_the_table_falls_back_to_the_sources_English_marked_as_such(string theme, string language) =>
        Assert.Equal(new ThemeName(theme, "en"), UhriThemes.Name(theme, language));
}
