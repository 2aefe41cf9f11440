using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Vocabulary;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("Accepted", Response.Supported)]
    [InlineData(" supported ", Response.Supported)]
    [InlineData("Noted", Response.Noted)]
    [InlineData("Accepted in part", Response.PartlySupported)]
    [InlineData("Supported/Noted", Response.PartlySupported)]
    [InlineData("partly-supported", Response.PartlySupported)]
    [InlineData("Not supported", Response.Noted)]
    [InlineData("Rejected", Response.Noted)]
    [InlineData("Pending", Response.Pending)]
    public void Responses_are_normalised(string text, Response expected) => Assert.Equal(expected, ResponseVocabulary.Parse(text));

    [Fact]
    public void An_unknown_response_is_null() => Assert.Null(ResponseVocabulary.Parse("maybe"));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(12, 1)]
    [InlineData(13, 2)]
    [InlineData(18, 2)]
    [InlineData(32, 3)]
    [InlineData(40, 3)]
    [InlineData(41, 4)]
    [InlineData(46, 4)]
    [InlineData(54, 4)]
    public void Sessions_map_to_cycles(int session, int cycle) => Assert.Equal(cycle, UprCycles.CycleOfSession(session));

    [Fact]
    public void The_issue_list_has_54_issues_found_ignoring_case()
    {
        Assert.Equal(54, UprIssues.All.Count);
        Assert.Equal("Right to land", UprIssues.Find(" right to LAND "));
        Assert.Null(UprIssues.Find("Right to lands"));
    }

    [Fact]
    public void Each_response_has_its_own_key_in_the_order_of_the_keys()
    {
        Assert.Equal(["supported", "noted", "partly-supported", "pending"], Enum.GetValues<Response>().Select(ResponseVocabulary.Key));
        Assert.Equal(ResponseVocabulary.Keys, Enum.GetValues<Response>().Select(ResponseVocabulary.Key));
    }

    [Fact]
    public void Each_status_key_is_its_canonical_name_and_reads_back_as_that_status()
    {
        var statuses = Enum.GetValues<ImplementationStatus>();

        Assert.Equal(["fully-implemented", "partially-implemented", "not-implemented", "no-information"],
            statuses.Select(s => ImplementationStatusVocabulary.Key(s)));
        Assert.Equal("not-assessed", ImplementationStatusVocabulary.Key(null));
        Assert.Equal([.. statuses.Select(s => ImplementationStatusVocabulary.Key(s)), "not-assessed"], ImplementationStatusVocabulary.Keys);
        Assert.All(statuses, s => Assert.Equal(s, ImplementationStatusVocabulary.Parse(ImplementationStatusVocabulary.Key(s))));
        Assert.All(statuses, s => Assert.Equal(s, ImplementationStatusVocabulary.Parse(ImplementationStatusVocabulary.Canonical[(int)s])));
    }

    [Fact]
    public void The_action_categories_are_named_as_McMahon_names_them() =>
        Assert.Equal(["minimal action", "continuing action", "considering action", "general action", "specific action"],
            Enum.GetValues<ActionCategory>().Select(ActionCategoryNames.Of));
}
