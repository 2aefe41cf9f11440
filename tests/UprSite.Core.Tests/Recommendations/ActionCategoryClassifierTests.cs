using UprSite.Core.Recommendations;

namespace UprSite.Core.Tests.Recommendations;

public sealed class ActionCategoryClassifierTests
{
    [Theory]
    [InlineData("Seek technical assistance from the international community", ActionCategory.Minimal)]
    [InlineData("Continue its efforts to reduce poverty", ActionCategory.Continuing)]
    [InlineData("Consider ratifying the convention", ActionCategory.Considering)]
    [InlineData("Take the necessary steps to protect journalists", ActionCategory.General)]
    [InlineData("Further strengthen the independence of the judiciary", ActionCategory.General)]
    [InlineData("Fully implement the law on land", ActionCategory.Specific)]
    [InlineData("Sign and ratify the Optional Protocol", ActionCategory.Specific)]
    [InlineData("Extend a standing invitation to all special procedures", ActionCategory.Specific)]
    [InlineData("That the Government adopt a law on access to information", ActionCategory.Specific)]
    public void The_opening_verb_gives_the_category(string text, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategoryClassifier.Classify(text));

    [Fact]
    public void A_text_opening_with_no_verb_of_the_scale_has_no_category() =>
        Assert.Null(ActionCategoryClassifier.Classify("In cooperation with partners, the State"));
}
