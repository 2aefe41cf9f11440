using UprSite.Core.Diagnostics;
using UprSite.Core.Text;

namespace UprSite.Build.Parsing.Recommendations;

/// <summary>The project's own layout (docs/formats.md): one named column per field, header names case-insensitive.</summary>
public sealed class CanonicalLayout : IRecommendationLayout
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "cycle", "session", "state_under_review", "recommending_state", "regional_group", "text", "response",
        "issues", "action_category", "document", "paragraph", "sdgs",
    ];

    private static readonly string[] Required = ["recommending_state", "text", "response"];

    public string Name => "canonical layout";

    /// <summary>The fallback: a header no export layout recognises is read as canonical, and its unknown columns reported.</summary>
    public bool Recognises(IReadOnlyList<string> header) => true;

    public RowMapping? Bind(IReadOnlyList<string> header, int headerLine, RowReporter reporter)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        var names = HeaderNames.Trimmed(header);
        for (var i = 0; i < names.Count; i++)
        {
            var name = HeaderNames.Normalise(names[i]);
            if (name.Length == 0)
            {
                reporter.Error(DiagnosticCodes.UnknownRecommendationColumn,
                    $"column {i + 1} has no name; name it ({string.Join(", ", Columns)}) or delete it", headerLine, i + 1);
                ok = false;
            }
            else if (!Columns.Contains(name))
            {
                var nearest = NearestName.Find(name, Columns);
                var hint = nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
                reporter.Error(DiagnosticCodes.UnknownRecommendationColumn,
                    $"unknown column '{names[i]}'{hint}; the columns of the canonical layout are: {string.Join(", ", Columns)}", headerLine, i + 1);
                ok = false;
            }
            else if (!index.TryAdd(name, i))
            {
                reporter.Error(DiagnosticCodes.DuplicateRecommendationColumn,
                    $"column '{names[i]}' appears twice (columns {index[name] + 1} and {i + 1}); keep one", headerLine, i + 1);
                ok = false;
            }
        }

        foreach (var missing in Required.Where(r => !index.ContainsKey(r)))
        {
            reporter.Error(DiagnosticCodes.MissingRecommendationColumn,
                $"the header has no '{missing}' column; add it (required columns: {string.Join(", ", Required)}, and cycle or session)", headerLine, 1);
            ok = false;
        }

        if (!index.ContainsKey("cycle") && !index.ContainsKey("session"))
        {
            reporter.Error(DiagnosticCodes.MissingRecommendationColumn,
                "the header has neither a 'cycle' nor a 'session' column; add at least one so each row can be placed in its cycle", headerLine, 1);
            ok = false;
        }

        return ok ? new RowMapping(row => Map(row, index), index.GetValueOrDefault("state_under_review", -1)) : null;
    }

    private static RowFields Map(TableRow row, Dictionary<string, int> index)
    {
        Cell? CellOf(string column) => index.TryGetValue(column, out var i) ? new Cell(row[i], i + 1) : null;
        return new RowFields(row.Line)
        {
            Id = CellOf("id"),
            Cycle = CellOf("cycle"),
            Session = CellOf("session"),
            StateUnderReview = CellOf("state_under_review"),
            RecommendingState = CellOf("recommending_state"),
            RegionalGroup = CellOf("regional_group"),
            Text = CellOf("text"),
            Response = CellOf("response"),
            ActionCategory = CellOf("action_category"),
            Document = CellOf("document"),
            Paragraph = CellOf("paragraph"),
            Issues = HeaderNames.SplitList(CellOf("issues"), ';', ','),
            Sdgs = HeaderNames.SplitList(CellOf("sdgs"), ';', ',', ' '),
        };
    }
}
