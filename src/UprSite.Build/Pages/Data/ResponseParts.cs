using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// "2 supported and 1 noted": how many of a set of recommendations got each response, with the words and agreement
/// of the page's language (data.parts.*), leaving out the responses none of them got.
/// </summary>
public static class ResponseParts
{
    public static string Of(DataLabels l, IEnumerable<Response> responses)
    {
        var counts = responses.GroupBy(ResponseVocabulary.Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return Of(l, ResponseVocabulary.Keys.Select(key => (key, counts.GetValueOrDefault(key))));
    }

    /// <summary>The parts for counts given by response key ("supported", "noted", "partly-supported", "pending").</summary>
    public static string Of(DataLabels l, IEnumerable<(string Key, int Count)> counts) =>
        l.Join(counts.Where(c => c.Count > 0).Select(c => l.Count("data.parts." + c.Key, c.Count)).ToList());
}
