using UprSite.Core.Diagnostics;
using UprSite.Core.Factsheets;
using UprSite.Core.Model;

namespace UprSite.Core.Tests.Factsheets;

public sealed class FactsheetChecksTests
{
    private const string File = "input/countries/kh/factsheets/land.en.md";
    private static readonly FactsheetChecks Checks = new("Questions", "Recommendations", 2);

    private static FactsheetItem Item(int n, string text, int line) => new(n, text, line, 4);

    private static FactsheetPart Part(string heading, int line, params string[] items) =>
        new(heading, line, items.Select((t, i) => Item(i + 1, t, line + 2 + i)).ToList());

    private static Factsheet Sheet(FactsheetPart? questions, FactsheetPart? recommendations, IReadOnlyList<string>? issues = null, int words = 500) =>
        new("kh", "land", "en", "Land", issues ?? ["Right to land"], 4, [], null, null, MarkdownBody.Empty, new SourceRef(File))
        {
            Sections = new FactsheetSections(questions, recommendations),
            IssuePositions = [new SourcePosition(3, 10), new SourcePosition(3, 25)],
            WordCount = words,
        };

    private static readonly FactsheetPart FourQuestions = Part("Questions", 10, "How many?", "When?", "Who?", "Why?");
    private static readonly FactsheetPart OneGoodRecommendation = Part("Recommendations", 20, "Adopt a law on evictions by 2026.");

    [Fact]
    public void A_factsheet_with_four_questions_a_specific_recommendation_and_known_issues_passes() =>
        Assert.Empty(Checks.Check(Sheet(FourQuestions, OneGoodRecommendation)));

    [Fact]
    public void Three_questions_warn_at_the_heading_and_say_how_many_to_add()
    {
        var d = Assert.Single(Checks.Check(Sheet(Part("Questions", 10, "A?", "B?", "C?"), OneGoodRecommendation)));

        Assert.Equal((Severity.Warning, "UPR0701", File, 10, 1), (d.Severity, d.Code, d.File, d.Line, d.Column));
        Assert.Equal("'Questions' has 3 numbered questions; a factsheet asks 4–5 so that each delegation can pick one that fits its statement: add 1 as '1. …' items", d.Message);
    }

    [Fact]
    public void Six_questions_warn_at_the_sixth()
    {
        var d = Assert.Single(Checks.Check(Sheet(Part("Questions", 10, "A?", "B?", "C?", "D?", "E?", "F?"), OneGoodRecommendation)));

        Assert.Equal(("UPR0701", 17, 4), (d.Code, d.Line, d.Column));
        Assert.Equal("'Questions' has 6 questions; keep 4–5 so that they fit the page and each one is asked: merge or drop 1, starting from this one", d.Message);
    }

    [Fact]
    public void A_missing_questions_heading_says_which_heading_to_add()
    {
        var d = Assert.Single(Checks.Check(Sheet(null, OneGoodRecommendation)));

        Assert.Equal("UPR0701", d.Code);
        Assert.Contains("add a heading '## Questions' (or any heading ending in {#questions})", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_recommendations_section_is_an_error()
    {
        var d = Assert.Single(Checks.Check(Sheet(FourQuestions, null)));

        Assert.Equal((Severity.Error, "UPR0702"), (d.Severity, d.Code));
        Assert.Equal("this factsheet has no recommendations; add a heading '## Recommendations' (or any heading ending in {#recommendations}) followed by numbered draft recommendations, e.g. '1. Adopt … by 2027'", d.Message);
    }

    [Fact]
    public void A_recommendations_heading_without_items_is_an_error_at_the_heading()
    {
        var d = Assert.Single(Checks.Check(Sheet(FourQuestions, Part("Recommendations", 20))));

        Assert.Equal((Severity.Error, "UPR0702", 20), (d.Severity, d.Code, d.Line));
        Assert.Contains("holds no numbered recommendation", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weak_recommendation_warns_at_its_own_line_with_the_category_and_a_specific_verb()
    {
        var recommendations = Part("Recommendations", 20, "Adopt a law by 2026.", "Consider ratifying ILO Convention No. 190 by 2027.");

        var d = Assert.Single(Checks.Check(Sheet(FourQuestions, recommendations)));

        Assert.Equal((Severity.Warning, "UPR0703", File, 23, 4), (d.Severity, d.Code, d.File, d.Line, d.Column));
        Assert.StartsWith("'Consider ratifying…' is category 3 (considering action)", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("e.g. 'Ratify … by 2027'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_issue_warns_at_its_place_in_the_front_matter_with_the_nearest_known_one()
    {
        var d = Assert.Single(Checks.Check(Sheet(FourQuestions, OneGoodRecommendation, ["Right to land", "Right to housng"])));

        Assert.Equal((Severity.Warning, "UPR0704", 3, 25), (d.Severity, d.Code, d.Line, d.Column));
        Assert.Equal("'Right to housng' is not an issue of the UPR Info list, so no previous recommendation can be matched to it; did you mean 'Right to housing'?", d.Message);
    }

    [Fact]
    public void A_factsheet_far_longer_than_two_pages_warns_with_its_word_count()
    {
        var words = FactsheetLength.ClearlyTooLong(2) + 1;

        var d = Assert.Single(Checks.Check(Sheet(FourQuestions, OneGoodRecommendation, words: words)));

        Assert.Equal((Severity.Warning, "UPR0705"), (d.Severity, d.Code));
        Assert.StartsWith($"this factsheet has about {words} words, far more than 2 printed pages hold (about {FactsheetLength.ClearlyTooLong(2)})", d.Message, StringComparison.Ordinal);
    }
}
