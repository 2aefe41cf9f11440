using UprSite.Build.Charts;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Charts;

/// <summary>
/// The sentences over a ranking, called with the counts each case needs: one leader, a tie, a single item (no
/// superlative over one), in English, French and Khmer; each a plural form of the recommendations counted.
/// </summary>
public sealed class LeaderSentenceTests
{
    private const char N = '\u202F';

    private static string Themes(string language, int items, int tied, int count, int top) =>
        LeaderSentence.Of(ThemeLabels.For(language), "data.summary.themes", items, tied, count,
            ("theme", "Justice"), ("top", top.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("share", "50%"));

    [Theory]
    [InlineData("en", 1, "The one recommendation by State this site holds that carries a theme is on Justice.")]
    [InlineData("en", 7, "All 7 recommendations by State this site holds that carry a theme are on Justice.")]
    [InlineData("fr", 1, "La recommandation par État que contient ce site et dont le thème est indiqué porte sur le thème «\u202FJustice\u202F».")]
    [InlineData("fr", 7, "Les 7 recommandations par État que contient ce site et dont le thème est indiqué portent toutes sur le thème «\u202FJustice\u202F».")]
    [InlineData("km", 1, "អនុសាសន៍តាមរដ្ឋចំនួន 1 ដែលគេហទំព័រនេះមាន ហើយមានប្រធានបទ ទាក់ទងនឹងប្រធានបទ «Justice»។")]
    public void A_single_theme_is_said_to_be_every_recommendations_theme_not_the_most_raised(string language, int count, string expected)
    {
        Assert.Equal(expected, Themes(language, 1, 1, count, count));
    }

    [Theory]
    [InlineData("en", "Justice drew the most recommendations: 5 of the 9 recommendations by State this site holds that carry a theme (50%); a recommendation can cover several themes.")]
    [InlineData("fr", $"Le thème «\u202FJustice\u202F» a reçu le plus de recommandations\u202F: 5 sur les 9 recommandations par État que contient ce site et dont le thème est indiqué (50%)\u202F; une recommandation peut porter sur plusieurs thèmes.")]
    public void One_theme_ahead_of_the_others_is_the_one_that_drew_the_most(string language, string expected)
    {
        Assert.Equal(expected, Themes(language, 3, 1, 9, 5));
    }

    [Theory]
    [InlineData("en", 9, "2 themes drew the most recommendations, 4 each, of the 9 recommendations by State this site holds that carry a theme; a recommendation can cover several themes.")]
    [InlineData("en", 1, "The one recommendation by State this site holds that carries a theme is on 2 themes.")]
    [InlineData("fr", 9, "2 thèmes ont reçu, à égalité, le plus de recommandations\u202F: 4 chacun sur les 9 recommandations par État que contient ce site et dont le thème est indiqué\u202F; une recommandation peut porter sur plusieurs thèmes.")]
    [InlineData("km", 9, "ប្រធានបទចំនួន 2 មានអនុសាសន៍ច្រើនជាងគេស្មើគ្នា ចំនួន 4 ក្នុងមួយប្រធានបទ ក្នុងចំណោមអនុសាសន៍តាមរដ្ឋចំនួន 9 ដែលគេហទំព័រនេះមាន ហើយមានប្រធានបទ។ អនុសាសន៍មួយអាចទាក់ទងនឹងប្រធានបទច្រើន។")]
    public void Themes_level_at_the_top_are_a_tie(string language, int count, string expected)
    {
        Assert.Equal(expected, Themes(language, 2, 2, count, count == 1 ? 1 : 4));
    }

    [Theory]
    [InlineData("en", 1, "The one recommendation by State made by a State of a regional group comes from the African Group.")]
    [InlineData("en", 3, "All 3 recommendations by State made by States of a regional group come from the African Group.")]
    [InlineData("fr", 1, "La recommandation par État formulée par un État d'un groupe régional vient du African Group.")]
    [InlineData("fr", 3, "Les 3 recommandations par État formulées par des États d'un groupe régional viennent toutes du African Group.")]
    public void A_single_regional_group_is_where_every_recommendation_comes_from(string language, int count, string expected)
    {
        Assert.Equal(expected, LeaderSentence.Of(ThemeLabels.For(language), "data.summary.regions", 1, 1, count,
            ("group", "African Group"), ("top", "x"), ("share", "y")));
    }

    [Theory]
    [InlineData("en", "2 regional groups made the most recommendations, 3 each, of the 6 recommendations by State made by States of a regional group.")]
    [InlineData("fr", "2 groupes régionaux ont formulé, à égalité, le plus de recommandations\u202F: 3 chacun sur les 6 recommandations par État formulées par des États d'un groupe régional.")]
    public void Regional_groups_level_at_the_top_are_a_tie(string language, string expected)
    {
        Assert.Equal(expected, LeaderSentence.Of(ThemeLabels.For(language), "data.summary.regions", 2, 2, 6, ("group", "G"), ("top", "3"), ("share", "50%")));
    }

    [Theory]
    [InlineData("en", 1, 1, 1, "The one classified recommendation by State is of category 4 – General action.")]
    [InlineData("en", 3, 2, 4, "2 action categories are the most frequent, 2 each, of the 4 classified recommendations by State.")]
    [InlineData("en", 3, 1, 4, "The most frequent action category is 4 – General action: 2 of the 4 classified recommendations by State (50%).")]
    [InlineData("fr", 1, 1, 5, "Les 5 recommandations par État classées relèvent toutes de la catégorie 4 – General action.")]
    [InlineData("fr", 3, 2, 4, $"2 catégories d'action sont, à égalité, les plus fréquentes\u202F: 2 chacune sur les 4 recommandations par État classées.")]
    [InlineData("fr", 3, 1, 3, "La catégorie d'action la plus fréquente est 4 – General action\u202F: 2 des 3 recommandations par État classées (50%).")]
    [InlineData("km", 1, 1, 5, "អនុសាសន៍តាមរដ្ឋដែលបានចាត់ថ្នាក់ចំនួន 5 ស្ថិតក្នុងប្រភេទ 4 – General action។")]
    public void Action_categories_one_many_and_tie(string language, int items, int tied, int count, string expected)
    {
        Assert.Equal(expected, LeaderSentence.Of(ThemeLabels.For(language), "data.summary.categories", items, tied, count,
            ("category", "4 – General action"), ("top", "2"), ("share", "50%")));
    }

    private static string States(string language, int states, int tied, int top)
    {
        var l = ThemeLabels.For(language);
        return BreakdownCharts.StatesSentence(l, l.StateForms("Iceland"), states, tied, top,
        [
            .. l.StateForms("Iceland").Placeholders("state"), ("top", l.Format.Number(top)), ("tied", l.Format.Number(tied)),
            ("supported_part", l.Count("data.parts.supported", top)),
        ]);
    }

    [Theory]
    [InlineData("en", 1, "The one recommendation from a State that this site holds was made by Iceland.")]
    [InlineData("en", 3, "Every recommendation from a State that this site holds was made by Iceland: 3, of which 3 supported.")]
    [InlineData("fr", 1, "La recommandation d'un État que contient ce site a été formulée par l'Islande.")]
    [InlineData("fr", 3, "Toutes les recommandations d'États que contient ce site ont été formulées par l'Islande\u202F: 3, dont 3 acceptées.")]
    [InlineData("km", 1, "អនុសាសន៍តែមួយគត់ពីរដ្ឋ ដែលគេហទំព័រនេះមាន ត្រូវបានផ្ដល់ដោយអ៊ីស្លង់។")]
    [InlineData("km", 3, "អនុសាសន៍ចំនួន 3 ពីរដ្ឋ ដែលគេហទំព័រនេះមាន ត្រូវបានផ្ដល់ដោយអ៊ីស្លង់ ក្នុងនោះបានគាំទ្រ 3។")]
    public void A_single_recommending_State_made_every_recommendation_from_a_State(string language, int top, string expected)
    {
        Assert.Equal(expected, States(language, 1, 1, top));
    }

    [Theory]
    [InlineData("en", 1, "Iceland made the most of the recommendations this site holds: 3, of which 3 supported; 4 States made recommendations in all.")]
    [InlineData("en", 2, "2 States made the most of the recommendations this site holds, 3 each; 4 States made recommendations in all.")]
    [InlineData("fr", 1, $"L'Islande a formulé le plus de recommandations parmi celles que contient ce site\u202F: 3, dont 3 acceptées\u202F; 4 États ont formulé des recommandations au total.")]
    public void Several_recommending_States_have_a_leader_or_a_tie(string language, int tied, string expected)
    {
        Assert.Equal(expected, States(language, 4, tied, 3));
    }

    [Theory]
    [InlineData("en", 1, "This site holds one recommendation by State to Cambodia, from cycle 2.")]
    [InlineData("en", 5, "This site holds 5 recommendations by State to Cambodia, all from cycle 2; 80.0% of them were supported.")]
    [InlineData("fr", 1, "Ce site contient une recommandation par État adressée au Cambodge, du cycle 2.")]
    [InlineData("fr", 5, "Ce site contient 5 recommandations par État adressées au Cambodge, toutes du cycle 2, dont 80,0\u00A0% acceptées.")]
    [InlineData("km", 1, "គេហទំព័រនេះមានអនុសាសន៍តាមរដ្ឋមួយដល់កម្ពុជា ពីវដ្តទី 2។")]
    [InlineData("km", 5, "គេហទំព័រនេះមានអនុសាសន៍តាមរដ្ឋចំនួន 5 ដល់កម្ពុជា ទាំងអស់ពីវដ្តទី 2 ហើយ 80,0% ត្រូវបានគាំទ្រ។")]
    public void The_only_cycle_with_recommendations_held(string language, int received, string expected)
    {
        var l = ThemeLabels.For(language);
        var country = l.CountryForms(new Core.Model.Country("kh", Core.Model.LocalizedText.Empty, [], Core.Model.LocalizedText.Empty, [], []), language switch { "fr" => "Cambodge", "km" => "កម្ពុជា", _ => "Cambodia" });
        var sentence = CycleCharts.CyclesSentence(l, country, 1, false, received, [.. country.Placeholders("country"), ("cycle", "2"), ("share", l.Format.Percent(0.8))]);

        Assert.Equal(expected, sentence.Replace('\u202F', '\u00A0'));
    }
}
