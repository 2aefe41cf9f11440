using UprSite.Core.Recommendations;

namespace UprSite.Core.Tests.Recommendations;

public sealed class ActionCategoryDesignVerbTests
{
    /// <summary>Every verb DESIGN §4 lists, opening a recommendation, with the category the scale gives it.</summary>
    public static TheoryData<string, ActionCategory> DesignVerbs()
    {
        var data = new TheoryData<string, ActionCategory>();
        void Add(ActionCategory category, params string[] verbs)
        {
            foreach (var verb in verbs)
            {
                data.Add(verb, category);
            }
        }

        Add(ActionCategory.Minimal, "call on", "seek", "share", "request");
        Add(ActionCategory.Continuing, "continue", "maintain", "persevere", "persist", "pursue");
        Add(ActionCategory.Considering, "analyse", "consider", "envisage", "envision", "examine", "explore", "reflect upon", "revise", "review", "study");
        Add(ActionCategory.General, "accelerate", "address", "encourage", "engage with", "ensure", "guarantee", "intensify", "promote",
            "speed up", "strengthen", "take action", "take measures", "take steps towards");
        Add(ActionCategory.Specific, "conduct", "develop", "eliminate", "establish", "investigate", "undertake", "abolish", "adopt",
            "amend", "implement", "enforce", "ratify", "accede", "criminalise", "enact", "publish");
        return data;
    }

    [Theory]
    [MemberData(nameof(DesignVerbs))]
    public void Every_verb_of_the_scale_gives_its_category(string verb, ActionCategory expected)
    {
        var text = char.ToUpperInvariant(verb[0]) + verb[1..] + " the national framework on land by 2027.";

        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));
        Assert.Equal(expected, ActionCategoryClassifier.Classify("To " + verb + " the national framework."));
    }

    [Theory]
    [InlineData("Seriously consider ratifying the Convention", ActionCategory.Considering)]
    [InlineData("Fully implement the recommendations of the treaty bodies", ActionCategory.Specific)]
    [InlineData("Further strengthen the independence of the judiciary", ActionCategory.General)]
    [InlineData("Continue its efforts to ratify the Optional Protocol", ActionCategory.Continuing)]
    [InlineData("That the Government consider the possibility of a moratorium", ActionCategory.Considering)]
    [InlineData("Take measures or steps towards a moratorium", ActionCategory.General)]
    [InlineData("Promptly investigate all reported attacks on journalists", ActionCategory.Specific)]
    public void Filler_and_adverbs_before_the_verb_are_looked_through(string text, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Theory]
    [InlineData("The Government's land policy")]
    [InlineData("")]
    [InlineData("Seriously")]
    public void A_text_that_opens_with_no_verb_of_the_scale_has_no_category(string text) =>
        Assert.Null(ActionCategoryClassifier.Classify(text));

    [Fact]
    public void The_match_gives_the_words_after_the_verb()
    {
        var match = ActionCategoryClassifier.Match("Seriously consider ratifying the ILO Convention No. 190.")!;

        Assert.Equal("consider", match.Phrase);
        Assert.Equal(1, match.WordsBefore);
        Assert.Equal(["ratifying", "the", "ilo", "convention", "no"], match.WordsAfter);
    }
}
