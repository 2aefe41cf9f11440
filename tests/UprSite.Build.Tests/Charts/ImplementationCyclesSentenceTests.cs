using UprSite.Build.Charts;
using UprSite.Build.Tests.Support;
using UprSite.Core.Statistics;

namespace UprSite.Build.Tests.Charts;

/// <summary>
/// The sentence over the implementation status per cycle says the figures of the table beside it: one total when
/// every cycle is counted alike, cycle by cycle when one cycle counts recommendations and another recommendations by
/// State (never "Of 8 assessed recommendations by State" beside rows of 1 and 3).
/// </summary>
public sealed class ImplementationCyclesSentenceTests
{
    private const string N = "\u202F";

    private static ImplementationFigures Cycle(string key, int partially, int not, int noInformation, bool byParagraph) =>
        new(key, 0, partially, not, noInformation, 0) { ByParagraph = byParagraph };

    [Theory]
    [InlineData("en", "In cycle 1, 1 assessed recommendation: 1 with no information. In cycle 2, 3 assessed recommendations by State: 2 partially implemented and 1 not implemented.")]
    [InlineData("fr", $"Au cycle 1, 1 recommandation évaluée{N}: 1 sans information. Au cycle 2, 3 recommandations par État évaluées{N}: 2 partiellement mises en œuvre et 1 non mise en œuvre.")]
    [InlineData("km", "ក្នុងវដ្តទី 1 អនុសាសន៍ចំនួន 1 ដែលបានវាយតម្លៃ៖ គ្មានព័ត៌មាន 1។ ក្នុងវដ្តទី 2 អនុសាសន៍តាមរដ្ឋចំនួន 3 ដែលបានវាយតម្លៃ៖ អនុវត្តដោយផ្នែក 2 និង មិនទាន់បានអនុវត្ត 1។")]
    public void Cycles_counted_differently_are_said_one_by_one(string language, string expected)
    {
        // The total over all cycles by State (8) is what the rows give when every cycle is counted by State: not the table's.
        var total = new ImplementationFigures("all", 0, 2, 1, 5, 0);
        var sentence = ImplementationCharts.CyclesSentence(ThemeLabels.For(language), total,
            [Cycle("1", 0, 0, 1, byParagraph: true), Cycle("2", 2, 1, 0, byParagraph: false)]);

        Assert.Equal(expected, sentence);
    }

    [Fact]
    public void Cycles_counted_alike_are_said_as_one_total()
    {
        var total = new ImplementationFigures("all", 0, 2, 1, 5, 0);
        var sentence = ImplementationCharts.CyclesSentence(ThemeLabels.For("en"), total,
            [Cycle("1", 0, 0, 5, byParagraph: false), Cycle("2", 2, 1, 0, byParagraph: false)]);

        Assert.Equal("Of 8 assessed recommendations by State: 2 partially implemented, 1 not implemented and 5 with no information.", sentence);
    }
}
