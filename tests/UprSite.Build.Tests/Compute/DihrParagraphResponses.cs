namespace UprSite.Build.Tests.Compute;

/// <summary>
/// The oracle of <see cref="ParagraphResponseTests"/>, counted without the code under test: the DIHR workbook read with
/// the Open XML SDK, one State under Review's rows of one cycle grouped by the paragraph number in their Document cell
/// ("Source:A/HRC/33/13|135.61|"), each paragraph supported, noted or, when its rows give both, partly supported;
/// <see cref="ByState"/> the distinct pairs (paragraph, recommending State), a State counting once per paragraph.
/// </summary>
public sealed record DihrParagraphResponses(int Rows, int Paragraphs, int Supported, int Noted, int PartlySupported, IReadOnlyList<string> Mixed)
{
    public int ByState { get; init; }

    public static DihrParagraphResponses Of(string path, string stateUnderReview, string cycle)
    {
        var responses = new SortedDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var rows = 0;
        var pairs = new HashSet<(string, string)>();
        foreach (var row in DihrWorkbookRows.Of(path, stateUnderReview, cycle))
        {
            rows++;
            var paragraph = row["Document"].Split('|')[1];
            if (!responses.TryGetValue(paragraph, out var set))
            {
                responses[paragraph] = set = [];
            }

            set.Add(row["Response"]);
            pairs.Add((paragraph, row["Recommending state"]));
        }

        var mixed = responses.Where(p => p.Value.Count > 1).Select(p => p.Key).ToList();
        return new DihrParagraphResponses(rows, responses.Count,
            responses.Count(p => p.Value.SetEquals(["Supported"])), responses.Count(p => p.Value.SetEquals(["Noted"])), mixed.Count, mixed)
        {
            ByState = pairs.Count,
        };
    }
}
