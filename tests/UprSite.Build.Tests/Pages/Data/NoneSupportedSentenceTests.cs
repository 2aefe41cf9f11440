using UprSite.Build.Charts;
using UprSite.Build.Pages.Data;
using UprSite.Build.Tests.Support;
using UprSite.Core.Statistics;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>
/// Sentences over recommendations none of which was supported say so in words ("none supported", or what became of
/// them) instead of "0 supported (0.0%)" or "supported: 0 of 1 (0.0%)"; tables keep their 0.
/// </summary>
public sealed class NoneSupportedSentenceTests
{
    private const string N = "\u202F";

    private static GroupFigures Figures(int received, int supported, int noted, int partly = 0) =>
        new("all", received, supported, noted) { PartlySupported = partly };

    [Theory]
    [InlineData("en", "none supported and 1 partly supported")]
    [InlineData("fr", "aucune acceptée et 1 acceptée en partie")]
    [InlineData("km", "គ្មានអនុសាសន៍ណាត្រូវបានគាំទ្រ និង បានគាំទ្រមួយផ្នែក 1")]
    public void The_responses_say_none_supported_without_a_share(string language, string expected) =>
        Assert.Equal(expected, CycleCharts.ResponseSummary(ThemeLabels.For(language), Figures(1, 0, 0, partly: 1)));

    [Fact]
    public void The_responses_keep_the_share_of_some_supported() =>
        Assert.Equal("2 supported (66.7%) and 1 noted", CycleCharts.ResponseSummary(ThemeLabels.For("en"), Figures(3, 2, 1)));

    [Theory]
    [InlineData("en", "This site holds 1 recommendation by State that Algeria made to 1 State under Review in cycle 1: 1 partly supported.")]
    [InlineData("fr", $"Ce site contient 1 recommandation par État de l'Algérie adressée à 1 État examiné au cycle 1{N}: 1 acceptée en partie.")]
    [InlineData("km", "អាល់ហ្សេរីបានផ្តល់អនុសាសន៍តាមរដ្ឋចំនួន 1 ដល់រដ្ឋចំនួន 1 នៃគេហទំព័រនេះ ក្នុងវដ្តទី 1៖ បានគាំទ្រមួយផ្នែក 1។")]
    public void A_State_whose_one_recommendation_was_not_supported_is_told_what_became_of_it(string language, string expected) =>
        Assert.Equal(expected, StateAcrossBuilder.Summary(ThemeLabels.For(language), "Algeria", Figures(1, 0, 0, partly: 1), 1, [1]));

    [Theory]
    [InlineData("en", "This site holds 4 recommendations by State that the Netherlands made to 2 States under Review in cycles 1 and 2: 3 noted and 1 pending; none of them was supported.")]
    [InlineData("fr", $"Ce site contient 4 recommandations par État des Pays-Bas adressées à 2 États examinés aux cycles 1 et 2{N}: 3 prises en note et 1 en attente{N}; aucune n'a été acceptée.")]
    [InlineData("km", "ហូឡង់បានផ្តល់អនុសាសន៍តាមរដ្ឋចំនួន 4 ដល់រដ្ឋចំនួន 2 នៃគេហទំព័រនេះ ក្នុងវដ្តទី 1 និង 2៖ បានកត់សម្គាល់ 3 និង កំពុងរង់ចាំ 1។ គ្មានអនុសាសន៍ណាត្រូវបានគាំទ្រទេ។")]
    public void A_State_none_of_whose_recommendations_was_supported_says_none(string language, string expected) =>
        Assert.Equal(expected, StateAcrossBuilder.Summary(ThemeLabels.For(language), "Netherlands (Kingdom of the)", Figures(4, 0, 3), 2, [1, 2]));

    [Theory]
    [InlineData("en", "1 recommendation by State in cycle 1: 1 noted.")]
    [InlineData("fr", $"1 recommandation par État au cycle 1{N}: 1 prise en note.")]
    [InlineData("km", "អនុសាសន៍តាមរដ្ឋចំនួន 1 ក្នុងវដ្តទី 1៖ បានកត់សម្គាល់ 1។")]
    public void One_country_of_a_State_with_nothing_supported(string language, string expected) =>
        Assert.Equal(expected, StateAcrossBuilder.CountrySummary(ThemeLabels.For(language), Figures(1, 0, 1), [1]));

    [Fact]
    public void Some_supported_keep_their_share() =>
        Assert.Equal("This site holds 2 recommendations by State that Algeria made to 1 State under Review in cycle 1; supported: 1 of 2 (50.0%).",
            StateAcrossBuilder.Summary(ThemeLabels.For("en"), "Algeria", Figures(2, 1, 1), 1, [1]));

    [Theory]
    [InlineData("en", 1, "On Edward McMahon's scale: of 3 classified recommendations by State, 2 were estimated from their first verb by this site; the other is as its source coded it.")]
    [InlineData("en", 2, "On Edward McMahon's scale: of 4 classified recommendations by State, 2 were estimated from their first verb by this site; the other 2 are as their sources coded them.")]
    [InlineData("fr", 1, $"Selon l'échelle d'Edward McMahon{N}: sur 3 recommandations par État classées, 2 ont été estimées par ce site d'après leur premier verbe{N}; l'autre est telle que sa source l'a codée.")]
    public void The_classified_by_their_sources_agree_with_their_number(string language, int coded, string expected) =>
        Assert.Equal(expected, ThemeLabels.For(language).Count("data.note.categories_mixed", 2, coded,
            ("total", (2 + coded).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("coded", coded.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("en", "This site holds 3 recommendations by State to its 3 States under Review in cycles 1 and 2; none of them was supported.")]
    [InlineData("fr", $"Ce site contient 3 recommandations par État adressées à ses 3 États examinés aux cycles 1 et 2{N}; aucune n'a été acceptée.")]
    [InlineData("km", "គេហទំព័រនេះមានអនុសាសន៍តាមរដ្ឋចំនួន 3 ដល់រដ្ឋចំនួន 3 ដែលត្រូវបានត្រួតពិនិត្យ ក្នុងវដ្តទី 1 និង 2។ គ្មានអនុសាសន៍ណាត្រូវបានគាំទ្រទេ។")]
    public void The_compare_page_says_none_was_supported(string language, string expected) =>
        Assert.Equal(expected, CycleComparisonBuilder.AllSummary(ThemeLabels.For(language), Figures(3, 0, 3), 3, [1, 2]));
}
