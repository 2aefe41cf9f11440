using UprSite.Build.Charts;
using UprSite.Build.Tests.Support;
using UprSite.Core.Statistics;

namespace UprSite.Build.Tests.Charts;

/// <summary>
/// Chart titles and the theme-trend sentence over a single item say it without "the most"; over several, as before;
/// themes level at the top of the trend are a tie.
/// </summary>
public sealed class SingleItemTitleTests
{
    [Theory]
    [InlineData("en", "data.chart.themes", "The theme of the recommendations by State", "Themes with the most recommendations")]
    [InlineData("en", "data.chart.states", "The State that made the recommendations", "States that made the most recommendations")]
    [InlineData("fr", "data.chart.themes", "Thème des recommandations par État", "Thèmes ayant reçu le plus de recommandations")]
    [InlineData("fr", "data.chart.states", "État auteur des recommandations", "États ayant formulé le plus de recommandations")]
    [InlineData("km", "data.chart.states", "រដ្ឋដែលបានផ្ដល់អនុសាសន៍", "រដ្ឋដែលបានផ្ដល់អនុសាសន៍ច្រើនជាងគេ")]
    [InlineData("en", "data.dashboard.leaders_heading", "The recommending State on each theme", "States that recommended most on each theme")]
    [InlineData("fr", "data.dashboard.leaders_heading", "L'État recommandant sur chaque thème", "États ayant le plus recommandé sur chaque thème")]
    [InlineData("en", "compare.issues.top_title", "The UPR issue of the recommendations, all States under Review together", "UPR issues with the most recommendations, all States under Review together")]
    [InlineData("en", "compare.issues.all_title", "The only UPR issue, all States under Review together", "Every UPR issue, all States under Review together")]
    [InlineData("fr", "compare.issues.by_country_title", "Part acceptée sur la question de l'EPU, par État examiné", "Part acceptée sur les principales questions de l'EPU, par État examiné")]
    [InlineData("km", "compare.issues.by_country_title", "ភាគរយដែលបានគាំទ្រលើបញ្ហា UPR នេះ តាមរដ្ឋដែលត្រូវបានត្រួតពិនិត្យ", "ភាគរយដែលបានគាំទ្រលើបញ្ហា UPR ធំៗ តាមរដ្ឋដែលត្រូវបានត្រួតពិនិត្យ")]
    public void A_title_over_one_item_has_no_superlative(string language, string key, string one, string several)
    {
        var l = ThemeLabels.For(language);

        Assert.Equal(one, LeaderSentence.Title(l, key, 1));
        Assert.Equal(several, LeaderSentence.Title(l, key, 2));
    }

    private static IssueTrend Trend(string issue, int first, int last) =>
        new(issue, [new CycleFigures(1, first, first, 0), new CycleFigures(2, last, last, 0)]);

    [Theory]
    [InlineData("en", "Justice, the only theme of the recommendations this site holds that carry one, drew 0 in cycle 1 and 1 in cycle 2.")]
    [InlineData("fr", "Le thème «\u202FJustice\u202F», seul thème indiqué pour les recommandations que contient ce site, en compte 0 au cycle 1 et 1 au cycle 2.")]
    public void One_theme_across_cycles_gives_its_counts(string language, string expected)
    {
        Assert.Equal(expected, TrendCharts.Sentence(ThemeLabels.For(language), [Trend("Justice", 0, 1)]));
    }

    [Fact]
    public void Themes_that_rose_alike_are_a_tie_and_a_single_leader_leads()
    {
        var l = ThemeLabels.For("en");

        Assert.Equal("2 themes rose the most among the recommendations this site holds, by 3 each from cycle 1 to cycle 2.",
            TrendCharts.Sentence(l, [Trend("Justice", 1, 4), Trend("Labour", 2, 5), Trend("Right to land", 5, 5)]));
        Assert.Equal("Labour rose the most among the recommendations this site holds: 2 in cycle 1, 6 in cycle 2.",
            TrendCharts.Sentence(l, [Trend("Justice", 1, 4), Trend("Labour", 2, 6)]));
        Assert.Equal("No theme drew more recommendations in cycle 2 than in cycle 1.",
            TrendCharts.Sentence(l, [Trend("Justice", 4, 4), Trend("Labour", 6, 2)]));
    }
}
