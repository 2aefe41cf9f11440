using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Reference;

public sealed class SdgAndIssueNamesTests
{
    [Fact]
    public void The_17_goals_are_numbered_in_order_with_distinct_names_in_each_language()
    {
        Assert.Equal(Enumerable.Range(1, 17), SdgGoals.All.Select(g => g.Number));
        foreach (var language in new[] { "en", "fr", "km" })
        {
            Assert.Equal(17, SdgGoals.All.Select(g => g.Name(language)).Distinct().Count());
        }

        Assert.All(SdgGoals.All, g => Assert.Contains(g.KhmerName, c => c is >= '\u1780' and <= '\u17FF'));
        Assert.Equal("Peace, justice and strong institutions", SdgGoals.Find(int.Parse(SdgCode.Normalise("16.10")!.Split('.')[0]))!.EnglishName);
        Assert.Null(SdgGoals.Find(18));
    }

    [Fact]
    public void Every_UPR_Info_issue_and_no_other_has_a_French_name()
    {
        Assert.Equal(UprIssues.All.Order(StringComparer.Ordinal), UprIssueNames.French.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(54, UprIssueNames.French.Values.Distinct().Count());
        Assert.All(UprIssueNames.French.Values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
    }

    [Fact]
    public void Every_UPR_Info_issue_and_no_other_has_a_Khmer_name_in_Khmer_script()
    {
        Assert.Equal(UprIssues.All.Order(StringComparer.Ordinal), UprIssueNames.Khmer.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(54, UprIssueNames.Khmer.Values.Distinct().Count());
        Assert.All(UprIssueNames.Khmer.Values, v => Assert.Contains(v, c => c is >= '\u1780' and <= '\u17FF'));
        Assert.Equal("សិទ្ធិលើដីធ្លី", UprIssueNames.Name("Right to land", "km"));
        Assert.Equal("Droit à la terre", UprIssueNames.Name("Right to land", "fr"));
        Assert.Equal("Right to land", UprIssueNames.Name("Right to land", "en"));
        Assert.Equal("Not an issue", UprIssueNames.Name("Not an issue", "km"));
    }
}
