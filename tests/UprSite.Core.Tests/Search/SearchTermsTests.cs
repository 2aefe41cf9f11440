using UprSite.Core.Search;

namespace UprSite.Core.Tests.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void Latin_words_are_folded_to_lower_case_without_accents_and_single_letters_are_left_out()
    {
        Assert.Equal(["societe", "civile", "oeuvre", "droits", "homme"], SearchTerms.Of("Société CIVILE, œuvre : droits de l'homme").Except(["de"]));
        Assert.DoesNotContain("l", SearchTerms.Of("l'homme"));
    }

    [Fact]
    public void A_Khmer_cluster_keeps_its_vowels_signs_and_stacked_consonants()
    {
        // ស្រ (sa, coeng ra) carries the stacked consonant; ី and ់ stay on their base.
        Assert.Equal(["ដី", "ធ្លី"], KhmerClusters.Of("ដីធ្លី"));
        Assert.Equal(["ស", "ង្គ", "ម", "ស៊ី", "វិ", "ល"], KhmerClusters.Of("សង្គមស៊ីវិល"));
    }

    [Fact]
    public void A_Khmer_run_without_spaces_holds_the_pairs_of_clusters_of_every_word_inside_it()
    {
        var terms = SearchTerms.Of("ដីធ្លីដែលមានសុវត្ថិភាព");
        Assert.Contains("ដីធ្លី", terms);      // land, at the start of the run
        Assert.Contains("ដែល", terms);         // which: one cluster pair inside the run
        Assert.Contains("ធ្លីដែ", terms);       // a pair across two words, harmless for a query
        Assert.DoesNotContain("ដីធ្លីដែ", terms); // only single clusters and pairs are indexed
    }

    [Fact]
    public void Khmer_beside_Latin_letters_is_split_into_its_own_run()
    {
        var runs = SearchTerms.Runs("ដំណើរការUPR").ToList();
        Assert.Equal([("ដំណើរការ", true), ("upr", false)], runs);
    }

    [Theory]
    [InlineData("land", "l")]
    [InlineData("2015", "0")]
    [InlineData("ដីធ្លី", "178a")]
    public void A_term_is_kept_in_the_shard_of_its_first_letter(string term, string shard) => Assert.Equal(shard, SearchTerms.ShardOf(term));
}
