using UprSite.Core.Recommendations;

namespace UprSite.Core.Tests.Recommendations;

/// <summary>The rules that look past the first word, each on a text written for the test.</summary>
public sealed class ActionCategoryRuleTests
{
    [Theory]
    [InlineData("The State party should adopt a law on tenure security", ActionCategory.Specific)]
    [InlineData("The authorities must consider a review of the land code", ActionCategory.Considering)]
    [InlineData("That the ministry of land and its provincial offices promptly publish the concession contracts", ActionCategory.Specific)]
    public void A_subject_and_its_modal_are_looked_through(string text, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Theory]
    [InlineData("In line with its national strategy, ratify the Optional Protocol", ActionCategory.Specific)]
    [InlineData("With the help of its partners, continue to train judges", ActionCategory.Continuing)]
    [InlineData("Bearing in mind the needs of rural women, in particular widows, consider a land titling scheme", ActionCategory.Considering)]
    public void An_opening_clause_is_passed_up_to_the_comma_after_which_a_verb_stands(string text, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Fact]
    public void An_opening_clause_with_no_verb_after_any_comma_has_no_category() =>
        Assert.Null(ActionCategoryClassifier.Classify("In view of the floods of last year, the provinces"));

    [Theory]
    [InlineData("That the land law be amended to protect indigenous communities", ActionCategory.Specific)]
    [InlineData("That urgent steps are taken to end forced evictions", ActionCategory.General)]
    [InlineData("That the 2001 law is fully reviewed", ActionCategory.Considering)]
    [InlineData("That the two conventions be ratified", ActionCategory.Specific)]
    public void A_passive_takes_the_category_of_its_participle(string text, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Theory]
    [InlineData("Fully and effectively implement the land law", ActionCategory.Specific)]
    [InlineData("Swiftly, thoroughly and impartially investigate every eviction", ActionCategory.Specific)]
    [InlineData("Re-establish the land dispute committee", ActionCategory.Specific)]
    [InlineData("Do not evict families without a court order", null)]
    [InlineData("Do not prosecute peaceful protesters", ActionCategory.Specific)]
    public void Adverbs_and_negations_before_the_verb_are_passed(string text, ActionCategory? expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Theory]
    [InlineData("Continue and strengthen its programme of land titles", ActionCategory.General)]
    [InlineData("Review and amend the land law", ActionCategory.Specific)]
    [InlineData("Consider or explore a new cadastre", ActionCategory.Considering)]
    [InlineData("Continue, and strengthen, its programme", ActionCategory.Continuing)]
    public void Joined_verbs_give_the_strongest_category(string text, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Theory]
    [InlineData("Adopt all necessary measures to stop evictions", ActionCategory.General)]
    [InlineData("Develop a national strategy on housing", ActionCategory.General)]
    [InlineData("Adopt legislative measures on evictions", ActionCategory.Specific)]
    [InlineData("Adopt a law on evictions", ActionCategory.Specific)]
    [InlineData("Ensure all necessary measures", ActionCategory.General)]
    public void A_specific_verb_on_a_broad_noun_is_general_action(string text, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Theory]
    [InlineData("Undertake a thorough and independent review of the concessions", ActionCategory.Considering)]
    [InlineData("Conduct a study on child labour in brick kilns", ActionCategory.Considering)]
    [InlineData("Give due consideration to the land claims of indigenous peoples", ActionCategory.Considering)]
    [InlineData("Conduct an investigation into the shooting", ActionCategory.Specific)]
    public void Any_verb_on_a_review_is_considering_action(string text, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Theory]
    [InlineData("Seek to ratify the Convention", ActionCategory.Specific)]
    [InlineData("Seek all possible ways to ratify the Convention", ActionCategory.Minimal)]
    [InlineData("Seek technical assistance to ratify the Convention", ActionCategory.Minimal)]
    [InlineData("Take steps to ratify the Convention", ActionCategory.General)]
    [InlineData("Continue its efforts to ratify the Convention", ActionCategory.Continuing)]
    public void Seek_to_leads_to_its_verb_while_take_steps_and_continue_keep_their_own(string text, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Theory]
    [InlineData("That the Government adopts a law", ActionCategory.Specific)]
    [InlineData("That the Ministry ratifies the Convention", ActionCategory.Specific)]
    [InlineData("That the State reaches out to civil society", ActionCategory.General)]
    [InlineData("The Government adopts a law", null)]
    [InlineData("Ratifying the Convention", null)]
    public void The_third_person_after_That_is_read_as_the_verb_a_bare_subject_or_a_gerund_alone_is_not(string text, ActionCategory? expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Fact]
    public void The_match_counts_the_words_of_an_opening_clause_before_the_verb()
    {
        var match = ActionCategoryClassifier.Match("In line with its pledges, consider ratifying the Convention")!;

        Assert.Equal(("consider", ActionCategory.Considering, 5), (match.Phrase, match.Category, match.WordsBefore));
        Assert.Equal(["ratifying", "the", "convention"], match.WordsAfter);
    }

    [Fact]
    public void Only_the_opening_is_read_and_a_word_cut_at_its_end_is_not_taken_as_a_verb()
    {
        var filler = string.Concat(Enumerable.Repeat("x ", 99));

        Assert.Null(ActionCategoryClassifier.Classify(filler + "adopt"));
        Assert.Null(ActionCategoryClassifier.Classify("In " + filler + ", adopt a law"));
        Assert.Equal(ActionCategory.Specific, ActionCategoryClassifier.Classify("In " + filler[..150] + ", adopt a law"));
    }
}
