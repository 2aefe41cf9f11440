using UprSite.Build.Charts;
using UprSite.Build.Tests.Support;
using UprSite.Core.Statistics;

namespace UprSite.Build.Tests.Charts;

/// <summary>
/// The sentence over the implementation status per theme: a leader in a whole sentence with how its recommendations
/// were rated, no superlative over one theme, a tie said as a tie, and what the figure counts.
/// </summary>
public sealed class ImplementationThemesSentenceTests
{
    private const string N = "\u202F";

    private static ImplementationFigures Theme(string key, int fully, int not, bool byParagraph = false) =>
        new(key, fully, 0, not, 0, 0) { ByParagraph = byParagraph };

    [Theory]
    [InlineData("en", "International instruments is the theme with the most assessed recommendations by State: 2 (1 fully implemented and 1 not implemented).")]
    [InlineData("fr", $"Le thème «{N}Instruments internationaux{N}» est celui qui compte le plus de recommandations par État évaluées{N}: 2 (1 pleinement mise en œuvre et 1 non mise en œuvre).")]
    public void One_theme_ahead_of_the_others(string language, string expected)
    {
        Assert.Equal(expected, ImplementationCharts.ThemesSentence(ThemeLabels.For(language),
            [Theme("International instruments", 1, 1), Theme("Justice", 1, 0)]));
    }

    [Theory]
    [InlineData("en", 1, 0, "The one assessed recommendation that carries a theme is on International instruments: 1 fully implemented.")]
    [InlineData("en", 1, 1, "Both assessed recommendations that carry a theme are on International instruments: 1 fully implemented and 1 not implemented.")]
    [InlineData("fr", 0, 1, $"La recommandation évaluée dont le thème est indiqué porte sur le thème «{N}Instruments internationaux{N}»{N}: 1 non mise en œuvre.")]
    public void A_single_theme_is_no_superlative(string language, int fully, int not, string expected)
    {
        Assert.Equal(expected, ImplementationCharts.ThemesSentence(ThemeLabels.For(language),
            [Theme("International instruments", fully, not, byParagraph: true)]));
    }

    [Theory]
    [InlineData("en", "2 themes have the most assessed recommendations by State, 1 each.")]
    [InlineData("fr", $"2 thèmes comptent, à égalité, le plus de recommandations par État évaluées{N}: 1 chacun.")]
    [InlineData("km", "ប្រធានបទចំនួន 2 មានអនុសាសន៍តាមរដ្ឋដែលបានវាយតម្លៃច្រើនជាងគេស្មើគ្នា ចំនួន 1 ក្នុងមួយប្រធានបទ។")]
    public void Themes_level_at_the_top_are_a_tie(string language, string expected)
    {
        Assert.Equal(expected, ImplementationCharts.ThemesSentence(ThemeLabels.For(language),
            [Theme("International instruments", 1, 0), Theme("Justice", 0, 1)]));
    }
}
