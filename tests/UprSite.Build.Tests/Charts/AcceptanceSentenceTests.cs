using UprSite.Build.Charts;
using UprSite.Build.Tests.Support;
using UprSite.Core.Statistics;

namespace UprSite.Build.Tests.Charts;

/// <summary>
/// The supported share per cycle in words: a change of share only between cycles large enough for a share to mean
/// something; over a cycle of one recommendation (or a few), the counts.
/// </summary>
public sealed class AcceptanceSentenceTests
{
    private static string Sentence(string language, int firstReceived, int firstSupported, int lastReceived, int lastSupported) =>
        CycleCharts.AcceptanceSentence(ThemeLabels.For(language),
            1, new CycleFigures(1, firstReceived, firstSupported, firstReceived - firstSupported),
            2, new CycleFigures(2, lastReceived, lastSupported, lastReceived - lastSupported));

    [Theory]
    [InlineData("en", "Supported: 17 of 26 in cycle 1 and 1 of 1 in cycle 2; too few recommendations for their shares to show a trend.")]
    [InlineData("fr", "Acceptées\u202F: 17 sur 26 au cycle 1 et 1 sur 1 au cycle 2\u202F; trop peu de recommandations pour que leurs parts indiquent une évolution.")]
    [InlineData("km", "បានគាំទ្រ៖ 17 ក្នុងចំណោម 26 ក្នុងវដ្តទី 1 និង 1 ក្នុងចំណោម 1 ក្នុងវដ្តទី 2។ អនុសាសន៍តិចពេក ដើម្បីឱ្យភាគរយបង្ហាញនិន្នាការ។")]
    public void A_cycle_of_one_recommendation_gives_counts_not_a_trend(string language, string expected)
    {
        Assert.Equal(expected, Sentence(language, 26, 17, 1, 1));
    }

    [Fact]
    public void Cycles_large_enough_give_the_change_of_share()
    {
        Assert.Equal("The supported share went from 65.4% in cycle 1 to 80.0% in cycle 2.", Sentence("en", 26, 17, CycleCharts.FewestForTrend, 8));
        Assert.StartsWith("Supported: 17 of 26", Sentence("en", 26, 17, CycleCharts.FewestForTrend - 1, 8), StringComparison.Ordinal);
        Assert.StartsWith("Supported: 5 of 9", Sentence("en", 9, 5, 200, 100), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The supported share was 73.7% of the official total in cycle 1 and 48.2% of the recommendations by State on this site in cycle 2; the two cycles are counted differently, so the change between them is no trend.")]
    [InlineData("fr", "La part acceptée était de 73,7\u00A0% du total officiel au cycle 1 et de 48,2\u00A0% des recommandations par État de ce site au cycle 2\u202F; les deux cycles sont comptés autrement, l'écart entre eux n'est donc pas une évolution.")]
    public void An_official_cycle_beside_one_counted_by_State_is_said_as_no_trend(string language, string expected)
    {
        var official = new CycleComparison(1, new CycleFigures(1, 99, 73, 25), null, "A/HRC/13/11", []);
        var counted = new CycleComparison(2, null, new CycleFigures(2, 220, 106, 114), null, ["upr2.xlsx"]);

        Assert.Equal(expected, CycleCharts.AcceptanceAcrossBases(ThemeLabels.For(language), official, counted));
        Assert.StartsWith("The supported share was 48.2% of the recommendations by State on this site in cycle 1",
            CycleCharts.AcceptanceAcrossBases(ThemeLabels.For("en"), counted with { Cycle = 1 }, official with { Cycle = 2 }), StringComparison.Ordinal);
    }
}
