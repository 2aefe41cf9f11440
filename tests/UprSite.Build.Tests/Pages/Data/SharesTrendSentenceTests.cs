using UprSite.Build.Pages.Data;
using UprSite.Build.Tests.Support;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;
using UprSite.Core.Text;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>
/// The compare page's sentence on the shares per cycle: a change is said only over the States under Review with
/// recommendations in both cycles, named, with a warning when one of those cycles is held in part.
/// </summary>
public sealed class SharesTrendSentenceTests
{
    private static PlaceNameForms Name(string language, string name, string code) =>
        PlaceNameForms.In(language, name, UnStates.ByAlpha2(code)?.French, EnglishArticle.Takes(code));

    [Fact]
    public void The_States_are_named_with_their_article()
    {
        var sentence = SharesTrendSentence.Of(ThemeLabels.For("en"), 1, 2,
            [(Name("en", "Fiji", "FJ"), Cycle(1, 10, 5), Cycle(2, 10, 5)), (Name("en", "Netherlands", "NL"), Cycle(1, 10, 5), Cycle(2, 10, 5)),
             (Name("en", "Philippines", "PH"), Cycle(1, 10, 5), Cycle(2, 10, 5))]);

        Assert.Contains("(Fiji, the Netherlands and the Philippines)", sentence, StringComparison.Ordinal);
    }

    private static CycleComparison Cycle(int cycle, int received, int supported, int? declared = null) =>
        new(cycle, declared is { } d ? new CycleFigures(cycle, d, d, 0) : null, new CycleFigures(cycle, received, supported, received - supported), null, []);

    [Theory]
    [InlineData("en", "No State under Review has recommendations on this site in both cycle 1 and cycle 3: the shares of these cycles are those of different States, not a trend.")]
    [InlineData("fr", "Aucun État examiné n'a de recommandations sur ce site à la fois au cycle 1 et au cycle 3\u202F: les parts de ces cycles sont celles d'États différents, et non une évolution.")]
    [InlineData("km", "គ្មានរដ្ឋដែលត្រូវបានត្រួតពិនិត្យណាមួយមានអនុសាសន៍នៅលើគេហទំព័រនេះ ទាំងក្នុងវដ្តទី 1 និងវដ្តទី 3 ទេ៖ ភាគរយនៃវដ្តទាំងនេះ គឺជាភាគរយរបស់រដ្ឋផ្សេងៗគ្នា មិនមែនជានិន្នាការទេ។")]
    public void Cycles_of_different_States_are_no_trend(string language, string expected)
    {
        var sentence = SharesTrendSentence.Of(ThemeLabels.For(language), 1, 3,
            [(Name(language, "Cambodia", "KH"), Cycle(1, 91, 91), null), (Name(language, "Thailand", "TH"), null, Cycle(3, 13, 8, declared: 198))]);

        Assert.Equal(expected, sentence);
    }

    [Fact]
    public void The_trend_counts_only_the_States_held_in_both_cycles()
    {
        // Cambodia 1 → 3: 10 of 10, then 5 of 10; Thailand's cycle 3 alone (0 of 10) is left out of the trend.
        var sentence = SharesTrendSentence.Of(ThemeLabels.For("en"), 1, 3,
            [(Name("en", "Cambodia", "KH"), Cycle(1, 10, 10), Cycle(3, 10, 5)), (Name("en", "Thailand", "TH"), null, Cycle(3, 10, 0))]);

        Assert.Equal("For the one State under Review with recommendations on this site in both cycle 1 and cycle 3 (Cambodia), the supported share of its recommendations by State went from 100.0% to 50.0%.", sentence);
    }

    [Fact]
    public void A_cycle_held_in_part_is_said_beside_the_trend()
    {
        var sentence = SharesTrendSentence.Of(ThemeLabels.For("fr"), 1, 2,
            [(Name("fr", "Cambodge", "KH"), Cycle(1, 10, 10, declared: 10), Cycle(2, 4, 2, declared: 205)), (Name("fr", "Thaïlande", "TH"), Cycle(1, 2, 1), Cycle(2, 2, 2))]);

        Assert.StartsWith("Pour les 2 États examinés dont ce site contient des recommandations à la fois au cycle 1 et au cycle 2 (le Cambodge et la Thaïlande), la part acceptée de leurs recommandations par État est passée de 91,7", sentence, StringComparison.Ordinal);
        Assert.EndsWith("Pour certains de ces cycles, ce site contient moins de recommandations que le chiffre officiel\u202F; ces parts peuvent donc différer de celles de l'examen entier.", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycles_held_whole_get_no_warning()
    {
        var sentence = SharesTrendSentence.Of(ThemeLabels.For("en"), 1, 2,
            [(Name("en", "Cambodia", "KH"), Cycle(1, 10, 10, declared: 10), Cycle(2, 4, 2, declared: 4)), (Name("en", "Thailand", "TH"), Cycle(1, 2, 1), Cycle(2, 2, 2))]);

        Assert.Equal("For the 2 States under Review with recommendations on this site in both cycle 1 and cycle 2 (Cambodia and Thailand), the supported share of their recommendations by State went from 91.7% to 66.7%.", sentence);
    }
}
