using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using UprSite.Build.Output;
using UprSite.Core.Model;
using UprSite.Core.Search;
using UprSite.Core.Urls;

namespace UprSite.Build.Search;

/// <summary>
/// The search index of each language, as static files beside the pages (docs/search.md): search/&lt;lang&gt;/docs.js lists
/// the documents (kind, title, address relative to the search page, language, snippet) and the shards that exist;
/// search/&lt;lang&gt;/t-&lt;shard&gt;.js maps each term of one shard to the documents holding it. Each file is a script
/// calling <c>uprSearch</c>, so the search works from a server under the CSP (script-src 'self') and from disk.
/// </summary>
public static class SearchIndex
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Folder(string language) => $"search/{language}/";

    public static void Add(Site site, SearchDocuments documents, OutputSet output)
    {
        Parallel.ForEach(site.Settings.Languages, language => AddLanguage(language, documents.In(language), output));
    }

    // Each document's text is read as it is made and not kept: a site of 100,000 rows holds only the postings and the docs' rows.
    private static void AddLanguage(Language language, IEnumerable<SearchDocument> documents, OutputSet output)
    {
        var searchPage = SearchPaths.Page(language.Code);
        var shards = new SortedDictionary<string, SortedDictionary<string, List<int>>>(StringComparer.Ordinal);
        var docs = new List<string[]>();
        foreach (var document in documents)
        {
            var id = docs.Count;
            docs.Add([document.Kind, document.Title, RelativeUrl.Between(searchPage, document.Path), document.Lang, document.Snippet]);
            foreach (var term in SearchTerms.Of(document.Text))
            {
                var shard = SearchTerms.ShardOf(term);
                if (!shards.TryGetValue(shard, out var terms))
                {
                    shards[shard] = terms = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
                }

                if (!terms.TryGetValue(term, out var postings))
                {
                    terms[term] = postings = [];
                }

                postings.Add(id);
            }
        }

        var folder = Folder(language.Code);
        Write(output, folder + "docs.js", "uprSearch.docs", new { shards = shards.Keys, docs });
        foreach (var (shard, terms) in shards)
        {
            Write(output, $"{folder}t-{shard}.js", "uprSearch.terms", new { shard, terms });
        }
    }

    // Straight into the file: docs.js of 100,000 documents is tens of megabytes, which as a string and its bytes were
    // held several times over, in three languages at once.
    private static void Write(OutputSet output, string path, string call, object value) => output.AddStreamed(path, stream =>
    {
        stream.Write(Encoding.UTF8.GetBytes(call + "("));
        JsonSerializer.Serialize(stream, value, Json);
        stream.Write(");\n"u8);
    });
}
