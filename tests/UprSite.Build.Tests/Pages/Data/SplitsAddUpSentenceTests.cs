using UprSite.Build.Charts;
using UprSite.Build.Pages.Data;
using UprSite.Build.Tests.Support;
using UprSite.Core.Statistics;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>
/// Sentences whose figures must add up on the page and say what they count: the official-total note names partly
/// supported and pending recommendations on both sides, the partly supported sentence after figures by State says
/// "by State" and does not repeat a total it equals, the comparison by cycle counts the States under Review that
/// received the recommendations it counts, and no group "saw the highest share supported" when none was.
/// </summary>
public sealed class SplitsAddUpSentenceTests
{
    private const string N = "\u202F";

    private static CycleFigures Cycle(int received, int supported, int noted, int partly = 0) =>
        new(1, received, supported, noted) { PartlySupported = partly };

    [Theory]
    [InlineData("en", "The official total is 31 recommendations (20 supported, 2 partly supported and 9 noted), from A/HRC/8/31. This site holds 49 recommendations by State for this cycle (33 supported and 16 noted);")]
    [InlineData("fr", $"Le chiffre officiel est de 31 recommandations (20 acceptées, 2 acceptées en partie et 9 prises en note), selon{N}: A/HRC/8/31. Ce site contient 49 recommandations par État pour ce cycle (33 acceptées et 16 prises en note){N};")]
    [InlineData("km", "តួលេខសរុបផ្លូវការគឺអនុសាសន៍ចំនួន 31 (បានគាំទ្រ 20, បានគាំទ្រមួយផ្នែក 2 និង បានកត់សម្គាល់ 9) យោងតាម A/HRC/8/31។ គេហទំព័រនេះមានអនុសាសន៍តាមរដ្ឋចំនួន 49 សម្រាប់វដ្តនេះ (បានគាំទ្រ 33 និង បានកត់សម្គាល់ 16)")]
    public void The_official_total_names_its_partly_supported_so_that_its_split_adds_up(string language, string start)
    {
        var note = DashboardBuilder.DeclaredNote(ThemeLabels.For(language), 1, Cycle(31, 20, 9, partly: 2), Cycle(49, 33, 16), "A/HRC/8/31");

        Assert.StartsWith(start, note, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_sides_name_partly_supported_and_pending_and_the_closing_sentence_counts_by_State()
    {
        var note = DashboardBuilder.DeclaredNote(ThemeLabels.For("en"), 2, Cycle(150, 134, 13, partly: 3), Cycle(165, 141, 18, partly: 3), "A/HRC/29/10");

        Assert.StartsWith("The official total is 150 recommendations (134 supported, 3 partly supported and 13 noted), from A/HRC/29/10. "
            + "This site holds 165 recommendations by State for this cycle (141 supported, 3 partly supported, 18 noted and 3 pending);", note, StringComparison.Ordinal);
        Assert.EndsWith(" 3 recommendations by State were partly supported: supported in part and noted in part, so they count as neither.", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", 2, 2, "Of the 2 recommendations by State this site holds: none supported and 2 partly supported. Both were supported in part and noted in part, so they count as neither supported nor noted.")]
    [InlineData("en", 1, 1, "This site holds 1 recommendation by State: none supported and 1 partly supported. It was supported in part and noted in part, so it counts as neither supported nor noted.")]
    [InlineData("en", 3, 2, "Of the 3 recommendations by State this site holds: none supported, 2 partly supported and 1 noted. 2 recommendations by State were partly supported: supported in part and noted in part, so they count as neither.")]
    [InlineData("fr", 2, 2, $"Sur les 2 recommandations par État que contient ce site{N}: aucune acceptée et 2 acceptées en partie. Acceptées toutes deux pour une part et prises en note pour l'autre, elles ne sont comptées ni parmi les acceptées ni parmi les prises en note.")]
    [InlineData("fr", 3, 2, $"Sur les 3 recommandations par État que contient ce site{N}: aucune acceptée, 2 acceptées en partie et 1 prise en note. 2 recommandations par État ont été acceptées en partie{N}: ")]
    [InlineData("km", 3, 2, "អនុសាសន៍តាមរដ្ឋចំនួន 2 ត្រូវបានគាំទ្រមួយផ្នែក៖")]
    public void The_responses_say_by_State_and_do_not_repeat_a_total_all_of_which_were_partly_supported(string language, int received, int partly, string expected)
    {
        var sentence = CycleCharts.ResponsesSentence(ThemeLabels.For(language), new GroupFigures("all", received, 0, received - partly) { PartlySupported = partly });

        Assert.Contains(expected, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_States_page_says_its_recommendations_were_partly_supported_without_by_State()
    {
        var l = ThemeLabels.For("en");

        Assert.Equal("S. 1 recommendation was partly supported: supported in part and noted in part, so it counts as neither.", PartlySupportedSentence.After(l, "S.", 1, 3));
        Assert.Equal("S. All of them were supported in part and noted in part, so they count as neither supported nor noted.", PartlySupportedSentence.After(l, "S.", 3, 3));
        Assert.Equal("S.", PartlySupportedSentence.AfterByState(l, "S.", 0, 3));
    }

    [Fact]
    public void The_comparison_by_cycle_counts_only_the_States_under_Review_that_received_recommendations()
    {
        GroupFigures[] rows = [new("ir", 2, 0, 0), new("ke", 1, 0, 0), new("mv", 0, 0, 0), new("tr", 1, 1, 0), new("ch", 1, 0, 1)];

        Assert.Equal(4, CycleComparisonBuilder.Receiving(rows));
    }

    [Theory]
    [InlineData("en", 4, "This site holds 5 recommendations by State to 4 States under Review in cycles 1 and 2; 1 was supported (20.0%).")]
    [InlineData("en", 1, "This site holds 5 recommendations by State to 1 State under Review in cycles 1 and 2; 1 was supported (20.0%).")]
    [InlineData("fr", 1, $"Ce site contient 5 recommandations par État adressées à un État examiné aux cycles 1 et 2{N}; 1 a été acceptée (20,0\u00A0%).")]
    [InlineData("km", 4, "គេហទំព័រនេះមានអនុសាសន៍តាមរដ្ឋចំនួន 5 ដល់រដ្ឋចំនួន 4 ដែលត្រូវបានត្រួតពិនិត្យ ក្នុងវដ្តទី 1 និង 2។ អនុសាសន៍ចំនួន 1 ត្រូវបានគាំទ្រ (20,0%)។")]
    public void The_comparison_by_cycle_names_how_many_States_under_Review_received_them(string language, int countries, string expected) =>
        Assert.Equal(expected, CycleComparisonBuilder.AllSummary(ThemeLabels.For(language), new GroupFigures("", 5, 1, 4), countries, [1, 2]));

    [Theory]
    [InlineData("en", "The African Group made the most recommendations by State: 2 of the 3 recommendations by State made by States of a regional group (66.7%). None of them was supported.")]
    [InlineData("fr", $"Le Groupe des États d'Afrique a formulé le plus de recommandations par État{N}: 2 sur les 3 recommandations par État formulées par des États d'un groupe régional (66,7\u00A0%). Aucune n'a été acceptée.")]
    [InlineData("km", "ក្រុមរដ្ឋអាហ្វ្រិក បានផ្ដល់អនុសាសន៍តាមរដ្ឋច្រើនជាងគេ៖ 2 ក្នុងចំណោមអនុសាសន៍តាមរដ្ឋចំនួន 3 ដែលរដ្ឋនៃក្រុមតំបន់បានផ្ដល់ (66,7%)។ គ្មានអនុសាសន៍ណាមួយត្រូវបានគាំទ្រទេ។")]
    public void No_group_saw_the_highest_share_supported_when_none_was(string language, string expected)
    {
        var groups = new List<GroupFigures> { new("Africa", 2, 0, 2), new("WEOG", 1, 0, 1) };

        Assert.Equal(expected, RegionComparisonBuilder.RecommendingSummary(ThemeLabels.For(language), groups));
    }

    [Theory]
    [InlineData("en", "The two recommendations by State made by States of a regional group come from two different groups, one from each. 1 of them was supported.")]
    [InlineData("fr", "Les deux recommandations par État formulées par des États d'un groupe régional viennent de deux groupes différents, une de chacun. 1 a été acceptée.")]
    public void Groups_that_made_one_each_are_no_tie_for_the_most(string language, string expected)
    {
        var groups = new List<GroupFigures> { new("Africa", 1, 1, 0), new("WEOG", 1, 0, 1) };

        Assert.Equal(expected, RegionComparisonBuilder.RecommendingSummary(ThemeLabels.For(language), groups));
    }
}
