using UprSite.Core.Reference;

namespace UprSite.Core.Tests.Reference;

public sealed class RegionalGroupsTests
{
    [Theory]
    [InlineData("Africa", RegionalGroup.African)]
    [InlineData("asia", RegionalGroup.AsiaPacific)]
    [InlineData("Asia-Pacific Group", RegionalGroup.AsiaPacific)]
    [InlineData("EEG", RegionalGroup.EasternEuropean)]
    [InlineData("GRULAC", RegionalGroup.LatinAmericanAndCaribbean)]
    [InlineData(" WEOG ", RegionalGroup.WesternEuropeanAndOthers)]
    [InlineData("Groupe des États d’Europe occidentale et autres États", RegionalGroup.WesternEuropeanAndOthers)]
    public void Labels_and_names_give_their_group(string label, RegionalGroup group) =>
        Assert.Equal(group, RegionalGroups.FromLabel(label));

    [Theory]
    [InlineData("Observer")]
    [InlineData("")]
    [InlineData("Europe")]
    public void Other_labels_give_no_group(string label) => Assert.Null(RegionalGroups.FromLabel(label));

    [Fact]
    public void Every_group_has_a_label_and_distinct_names_in_each_language_that_read_back()
    {
        var groups = Enum.GetValues<RegionalGroup>();
        foreach (var language in new[] { "en", "fr", "km" })
        {
            Assert.Equal(groups.Length, groups.Select(g => RegionalGroups.Name(g, language)).Distinct().Count());
            Assert.All(groups, g => Assert.Equal(g, RegionalGroups.FromLabel(RegionalGroups.Name(g, language))));
        }

        Assert.All(groups, g => Assert.Equal(g, RegionalGroups.FromLabel(RegionalGroups.Label(g))));
    }
}
