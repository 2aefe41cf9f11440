using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UprSite.Build.Pages.Data;

namespace UprSite.Build.Tests.Pages;

public sealed class RecommendationAnchorTests
{
    [Theory]
    [InlineData("c1-egypt-nhri", "rec-c1-egypt-nhri")]
    [InlineData("a-hrc-26-16-118.1-norway", "rec-a-hrc-26-16-118.1-norway")]
    [InlineData("KH 1", "rec-KH_20_1")]
    [InlineData("KH_1", "rec-KH_5f_1")]
    [InlineData("ក១", "rec-_1780__17e1_")]
    public void An_anchor_keeps_letters_digits_hyphens_and_dots_and_spells_out_the_rest(string id, string anchor) =>
        Assert.Equal(anchor, RecommendationViews.AnchorOf(id));

    [Fact]
    public void Ids_that_differ_only_in_punctuation_get_different_anchors()
    {
        var anchors = new[] { "KH-1", "KH 1", "KH.1", "KH_1", "KH/1" }.Select(RecommendationViews.AnchorOf).ToList();

        Assert.Equal(anchors.Count, anchors.Distinct(StringComparer.Ordinal).Count());
    }

    [Property(MaxTest = 500)]
    public Property Different_ids_never_share_an_anchor_and_anchors_need_no_escaping(NonNull<string> a, NonNull<string> b)
    {
        var (first, second) = (RecommendationViews.AnchorOf(a.Get), RecommendationViews.AnchorOf(b.Get));
        var tidy = first.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');
        return (tidy && (a.Get == b.Get) == (first == second)).ToProperty();
    }
}
