using System.Globalization;
using System.Text.RegularExpressions;
using UprSite.Core.Diagnostics;
using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.Uhri;

/// <summary>
/// The Universal Human Rights Index's "Export to Excel": <c>Text</c>, <c>Countries Concerned</c>, <c>UPR Reccomending
/// States</c> (sic), <c>UPR Position</c>, <c>UPR Session</c>, <c>Themes</c>, <c>Affected Persons</c>, <c>Sdgs</c>,
/// <c>Document Symbol</c>, and columns the site does not use (dates as Excel serials, mechanism, annotations), which
/// are passed over. A cell of several values holds one "- " item a line; a row with several recommending States is
/// one row per State.
/// </summary>
public sealed partial class UhriLayout : IRecommendationLayout
{
    private const string Text = "text", Countries = "countries_concerned", States = "upr_reccomending_states", Position = "upr_position",
        Session = "upr_session", Themes = "themes", Affected = "affected_persons", Sdgs = "sdgs", Document = "document_symbol",
        Paragraph = "paragraph", Body = "reccomending_body";

    private const string OtherMechanisms = "rows of other mechanisms than the UPR (treaty bodies, special procedures)";

    /// <summary>What the export writes in "Reccomending Body" for the UPR (other values are treaty bodies, special procedures).</summary>
    private static readonly HashSet<string> UprBodies = new(StringComparer.OrdinalIgnoreCase) { "UPR", "Universal Periodic Review" };

    private static readonly string[] Required = [Text, Countries, States, Position];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["upr_recommending_states"] = States,
        ["upr_recommending_state"] = States,
        ["recommending_body"] = Body,
        ["mechanism"] = Body,
    };

    public RecommendationSource Source => RecommendationSource.Uhri;


    public string Name => "Universal Human Rights Index export";

    public bool Recognises(IReadOnlyList<string> header)
    {
        var names = header.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        return names.Contains(Countries) && names.Contains(States);
    }

    public RowMapping? Bind(RawRow header, RowReporter reporter)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var name = Normalise(header.Cells[i]);
            if (name.Length > 0 && !index.TryAdd(name, i))
            {
                reporter.Error(DiagnosticCodes.DuplicateRecommendationColumn,
                    $"column '{header.Cells[i]}' appears twice (columns {index[name] + 1} and {i + 1}); keep one", header.Line, i + 1);
                ok = false;
            }
        }

        foreach (var missing in Required.Where(r => !index.ContainsKey(r)))
        {
            reporter.Error(DiagnosticCodes.MissingRecommendationColumn,
                $"the header has no '{missing}' column, which the {Name} has; export the file again with all its columns", header.Line, 1);
            ok = false;
        }

        if (!index.ContainsKey(Session) && !index.ContainsKey(Document))
        {
            reporter.Error(DiagnosticCodes.MissingRecommendationColumn,
                $"the header has neither 'UPR Session' nor 'Document Symbol'; the {Name} needs one to place each row in its cycle", header.Line, 1);
            ok = false;
        }

        return ok
            ? new RowMapping(row => Map(row, index), index[Countries]) { StateName = FirstItem, LeftOutReason = row => OtherMechanism(row, index) }
            : null;
    }

    /// <summary>
    /// An export of all mechanisms holds treaty bodies' and special procedures' recommendations too: a row whose body is
    /// not the UPR, or (without that column) with neither recommending States nor position, is no UPR recommendation.
    /// </summary>
    private static string? OtherMechanism(RawRow row, Dictionary<string, int> index)
    {
        if (index.TryGetValue(Body, out var body) && FirstItem(row[body]) is { Length: > 0 } named)
        {
            return UprBodies.Contains(named) ? null : OtherMechanisms;
        }

        return row[index[States]].Trim().Length == 0 && row[index[Position]].Trim().Length == 0 ? OtherMechanisms : null;
    }

    private static string Normalise(string name)
    {
        var normalised = HeaderNames.Normalise(name);
        return Aliases.GetValueOrDefault(normalised, normalised);
    }

    private static RowFields Map(RawRow row, Dictionary<string, int> index)
    {
        Cell? At(string column) => index.TryGetValue(column, out var i) ? new Cell(row[i], i + 1) : null;
        var text = At(Text)!;
        var paragraph = At(Paragraph);
        if (paragraph is null or { IsEmpty: true } && LeadingParagraph().Match(text.Value) is { Success: true } number)
        {
            paragraph = text with { Value = number.Groups[1].Value };
            text = text with { Value = text.Value[number.Length..].Trim() };
        }

        var document = At(Document);
        var session = At(Session);
        return new RowFields(row.Line)
        {
            StateUnderReview = At(Countries) is { } countries ? countries with { Value = FirstItem(countries.Value) } : null,
            Text = text,
            RecommendingStates = Items(At(States)),
            RecommendingState = At(States) is { } states ? states with { Value = string.Empty } : null,
            Response = At(Position) is { } position ? position with { Value = FirstItem(position.Value) } : null,
            Cycle = session is null or { IsEmpty: true } ? CycleOf(document) : null,
            Session = session is { IsEmpty: false } ? session with { Value = SessionNumber(session.Value) } : SessionOf(document),
            Document = document is { } d ? d with { Value = MatrixCycle.ReportOf(FirstItem(d.Value)) ?? string.Empty } : null,
            Paragraph = paragraph,
            Themes = Items(At(Themes)).Select(t => MatrixTheme.Parse(t.Value).ToString()).ToList(),
            AffectedPersons = Items(At(Affected)).Select(a => a.Value).ToList(),
            Sdgs = Items(At(Sdgs)).Select(s => s with { Value = SdgItem.Number(s.Value) }).ToList(),
        };
    }

    /// <summary>A multi-valued cell: one item a line, each with or without its "- ".</summary>
    private static IReadOnlyList<Cell> Items(Cell? cell) =>
        cell is null || cell.IsEmpty
            ? []
            : cell.Value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(line => cell with { Value = CellLabels.ListItem(line) ?? line })
                .Where(item => item.Value.Length > 0)
                .ToList();

    private static string FirstItem(string value) =>
        value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is [var first, ..]
            ? CellLabels.ListItem(first) ?? first
            : string.Empty;

    /// <summary>"17", "17th session", "UPR 17 (October 2013)" → "17"; anything else is passed on to be reported.</summary>
    private static string SessionNumber(string value) =>
        FirstNumber().Match(value) is { Success: true } match ? match.Value : value;

    /// <summary>Without a session, the cycle of the document the row cites (A/HRC/25/5: a cycle-2 report).</summary>
    private static Cell? CycleOf(Cell? document) =>
        document is { IsEmpty: false } && MatrixCycle.Of(FirstItem(document.Value), []) is { } cycle
            ? document with { Value = cycle.Cycle.ToString(CultureInfo.InvariantCulture) }
            : null;

    /// <summary>Without a session, the Working Group session the document's Council session adopted (A/HRC/26/16: the 18th).</summary>
    private static Cell? SessionOf(Cell? document) =>
        document is { IsEmpty: false } && MatrixCycle.Of(FirstItem(document.Value), []) is { Session: { } session }
            ? document with { Value = session.ToString(CultureInfo.InvariantCulture) }
            : null;

    [GeneratedRegex(@"^([0-9]{1,3}(?:\.[0-9]{1,3}){1,2})\.?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingParagraph();

    [GeneratedRegex(@"[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNumber();
}
