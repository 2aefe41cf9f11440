using UprSite.Build.Pages.Data;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>The State page's and brief's words that depend on how many themes and recommendations there are.</summary>
public sealed class StatePageBuilderTests
{
    [Theory]
    [InlineData("en", 1, "Theme raised")]
    [InlineData("en", 3, "Themes raised")]
    [InlineData("en", 9, "Themes raised most")]
    [InlineData("fr", 1, "Thème abordé")]
    [InlineData("fr", 8, "Thèmes abordés")]
    [InlineData("fr", 12, "Thèmes les plus abordés")]
    [InlineData("km", 1, "ប្រធានបទដែលបានលើកឡើង")]
    [InlineData("km", 12, "ប្រធានបទដែលបានលើកឡើងច្រើនជាងគេ")]
    public void The_themes_are_the_most_raised_only_when_some_are_left_out(string language, int themes, string expected)
    {
        Assert.Equal(expected, StatePageBuilder.IssuesLabel(ThemeLabels.For(language), themes));
    }

    [Theory]
    [InlineData("en", "data.state.see_explorer", "See this recommendation in the explorer", "See these recommendations in the explorer")]
    [InlineData("fr", "data.state.see_explorer", "Voir cette recommandation dans l'explorateur", "Voir ces recommandations dans l'explorateur")]
    [InlineData("en", "brief.back", "This State's recommendation", "All of this State's recommendations")]
    [InlineData("fr", "brief.back", "La recommandation de cet État", "Toutes les recommandations de cet État")]
    [InlineData("en", "many.download.state_csv", "This State's recommendation (CSV)", "Every recommendation of this State (CSV)")]
    [InlineData("fr", "many.download.state_csv", "La recommandation de cet État (CSV)", "Toutes les recommandations de cet État (CSV)")]
    [InlineData("en", "data.state.factsheets", "Our factsheets on the themes of this recommendation", "Our factsheets on the themes of these recommendations")]
    public void Links_and_headings_over_the_States_recommendations_agree_with_one(string language, string key, string one, string many)
    {
        var l = ThemeLabels.For(language);

        Assert.Equal(one, l.Count(key, 1));
        Assert.Equal(many, l.Count(key, 2));
    }

    [Theory]
    [InlineData("data.state.see_explorer")]
    [InlineData("brief.back")]
    [InlineData("many.download.state_csv")]
    [InlineData("data.state.factsheets")]
    public void Khmer_says_them_without_all_or_these_so_that_one_reads_right(string key)
    {
        var text = ThemeLabels.For("km").Count(key, 1);

        Assert.DoesNotContain("ទាំងអស់", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ទាំងនេះ", text, StringComparison.Ordinal);
        Assert.Contains("របស់រដ្ឋនេះ", text, StringComparison.Ordinal);
    }
}
