using UprSite.Core.Diagnostics;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.Canonical;

/// <summary>The project's own layout (docs/formats.md): one named column per field, header names case-insensitive.</summary>
public sealed class CanonicalLayout : IRecommendationLayout
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "cycle", "session", "state_under_review", "recommending_state", "regional_group", "text", "response",
        "issues", "action_category", "document", "paragraph", "sdgs", "themes", "affected_persons", "assessment", "cluster",
    ];

    private static readonly string[] Required = ["recommending_state", "text", "response"];

    private static readonly HeaderBinder Binder = new()
    {
        Layout = "canonical layout",
        Columns = Columns,
        Required = Required,
        UnknownColumn = DiagnosticCodes.UnknownRecommendationColumn,
        DuplicateColumn = DiagnosticCodes.DuplicateRecommendationColumn,
        MissingColumn = DiagnosticCodes.MissingRecommendationColumn,
        MissingAdvice = $"add it (required columns: {string.Join(", ", Required)}, and cycle or session)",
        AnyOf = ["cycle", "session"],
        AnyOfMissing = "the header has neither a 'cycle' nor a 'session' column; add at least one so each row can be placed in its cycle",
    };

    public RecommendationSource Source => RecommendationSource.Canonical;


    public string Name => Binder.Layout;

    /// <summary>The fallback: a header no export layout recognises is read as canonical, and its unknown columns reported.</summary>
    public bool Recognises(IReadOnlyList<string> header) => true;

    public RowMapping? Bind(RawRow header, RowReporter reporter)
    {
        var bound = Binder.Bind(header, reporter);
        return bound is null ? null : new RowMapping(row => Map(row, bound), bound.IndexOf("state_under_review"));
    }

    /// <summary>A field a spreadsheet would read as a formula (=, +, -, @ first) with a single quote before it.</summary>
    public static string Neutralise(string field) => IsFormula(field) ? "'" + field : field;

    private static bool IsFormula(string field) => field.Length > 0 && field[0] is '=' or '+' or '-' or '@';

    /// <summary>Takes off the quote <see cref="Neutralise"/> put before a formula-like field (the tool's own CSVs).</summary>
    private static Cell? Unquoted(Cell? cell) =>
        cell is { Value: ['\'', _, ..] } && IsFormula(cell.Value[1..]) ? cell with { Value = cell.Value[1..] } : cell;

    private static RowFields Map(RawRow row, BoundHeader header) => MapCells(row, new QuotedHeader(header));

    /// <summary>The bound header, with each cell's neutralising quote taken off.</summary>
    private sealed class QuotedHeader(BoundHeader header)
    {
        public Cell? CellOf(RawRow row, string column) => Unquoted(header.CellOf(row, column));
    }

    private static RowFields MapCells(RawRow row, QuotedHeader header) => new(row.Line)
    {
        Id = header.CellOf(row, "id"),
        Cycle = header.CellOf(row, "cycle"),
        Session = header.CellOf(row, "session"),
        StateUnderReview = header.CellOf(row, "state_under_review"),
        RecommendingState = header.CellOf(row, "recommending_state"),
        RegionalGroup = header.CellOf(row, "regional_group"),
        Text = header.CellOf(row, "text"),
        Response = header.CellOf(row, "response"),
        ActionCategory = header.CellOf(row, "action_category"),
        Document = header.CellOf(row, "document"),
        Paragraph = header.CellOf(row, "paragraph"),
        Issues = HeaderNames.SplitList(header.CellOf(row, "issues"), ';', ','),
        Sdgs = SdgList.Split(header.CellOf(row, "sdgs")),
        // Theme names hold commas and semicolons of their own ("Children: definition; general principles"): one a line.
        Themes = HeaderNames.SplitList(header.CellOf(row, "themes"), '\n', '\r').Select(c => c.Value).ToList(),
        AffectedPersons = HeaderNames.SplitList(header.CellOf(row, "affected_persons"), '\n', '\r').Select(c => c.Value).ToList(),
        Assessment = header.CellOf(row, "assessment")?.Value,
        Cluster = header.CellOf(row, "cluster") is { Value.Length: > 0 } cluster ? cluster.Value : null,
    };
}
