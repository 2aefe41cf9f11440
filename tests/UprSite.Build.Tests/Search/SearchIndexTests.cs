using System.Text;
using System.Text.Json;
using UprSite.Build.Tests.Support;
using UprSite.Core.Search;
using UprSite.Core.Urls;

namespace UprSite.Build.Tests.Search;

/// <summary>The sample's search index: every result links to a page (and anchor) the build wrote; every shard it lists exists.</summary>
[Collection(SampleCollection.Name)]
public sealed class SearchIndexTests(SampleSite sample)
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("km")]
    public void Every_result_links_to_a_written_page_and_anchor_and_every_listed_shard_exists(string language)
    {
        var files = sample.Result.Output!.Files;
        var index = Payload(files[$"search/{language}/docs.js"].Content, "uprSearch.docs");
        var docs = index.GetProperty("docs").EnumerateArray().ToList();
        Assert.True(docs.Count > 40, $"{docs.Count} documents");
        foreach (var doc in docs)
        {
            var href = doc[2].GetString()!;
            var parts = href.Split('#');
            var target = RelativeUrl.Resolve(SearchPaths.Page(language), parts[0]);
            Assert.True(files.TryGetValue(target, out var page), $"{href} → {target} is not in the output");
            if (parts.Length == 2)
            {
                Assert.True(page.Index!.HasAnchor(parts[1]), $"{target} has no #{parts[1]}");
            }
        }

        foreach (var shard in index.GetProperty("shards").EnumerateArray())
        {
            var terms = Payload(files[$"search/{language}/t-{shard.GetString()}.js"].Content, "uprSearch.terms").GetProperty("terms");
            Assert.All(terms.EnumerateObject(), term => Assert.Equal(shard.GetString(), SearchTerms.ShardOf(term.Name)));
        }
    }

    [Fact]
    public void A_Khmer_word_of_a_Khmer_factsheet_is_a_term_of_the_Khmer_index_only()
    {
        var files = sample.Result.Output!.Files;
        var land = "ដីធ្លី";
        var shard = $"t-{SearchTerms.ShardOf(land)}.js";
        var terms = Payload(files[$"search/km/{shard}"].Content, "uprSearch.terms").GetProperty("terms");
        Assert.True(terms.TryGetProperty(land, out var postings) && postings.GetArrayLength() >= 1);
        Assert.False(files.ContainsKey($"search/en/{shard}"));
    }

    private static JsonElement Payload(byte[] script, string call)
    {
        var text = Encoding.UTF8.GetString(script);
        Assert.StartsWith(call + "(", text, StringComparison.Ordinal);
        Assert.EndsWith(");\n", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text[(call.Length + 1)..^3]).RootElement.Clone();
    }
}
