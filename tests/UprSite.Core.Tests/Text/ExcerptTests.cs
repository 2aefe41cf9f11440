using System.Globalization;
using UprSite.Core.Text;

namespace UprSite.Core.Tests.Text;

public sealed class ExcerptTests
{
    [Fact]
    public void A_short_text_is_kept_whole_with_its_spaces_collapsed()
    {
        Assert.Equal("Land and housing rights.", Excerpt.Of("Land  and\nhousing rights."));
    }

    [Fact]
    public void A_long_text_is_cut_after_the_last_whole_word_and_ends_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("recommendation", 20));

        var excerpt = Excerpt.Of(text, 40);

        Assert.Equal("recommendation recommendation…", excerpt);
        Assert.True(excerpt.Length <= 40);
    }

    [Fact]
    public void Punctuation_before_the_cut_is_dropped()
    {
        Assert.Equal("Secure land, housing…", Excerpt.Of("Secure land, housing, and water are the basis of most livelihoods", 23));
    }

    [Fact]
    public void Text_without_spaces_is_cut_between_grapheme_clusters_never_inside_one()
    {
        // Khmer writes no spaces between words; each consonant here carries a vowel sign (two code points, one cluster).
        var khmer = string.Concat(Enumerable.Repeat("កា", 100));

        var excerpt = Excerpt.Of(khmer, 50);

        Assert.Equal(50, new StringInfo(excerpt).LengthInTextElements);
        Assert.EndsWith("កា…", excerpt, StringComparison.Ordinal);
    }
}
