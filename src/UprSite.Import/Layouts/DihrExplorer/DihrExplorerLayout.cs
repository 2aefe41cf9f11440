using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using UprSite.Core.Diagnostics;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.DihrExplorer;

/// <summary>
/// The export of the Danish Institute for Human Rights' SDG–Human Rights Data Explorer. Careful with its names:
/// <c>Recommendation</c> holds the State under Review and <c>Tekst</c> the text; <c>field_year</c> reads "2014 Cycle 2";
/// <c>Document</c> reads "Source:A/HRC/26/16|118.1|" (symbol and paragraph); <c>Targets</c> joins SDG targets with commas
/// (kept beside the goals); <c>Goals</c> joins SDG labels with commas,
/// and goal 16's own label has a comma in it; <c>Keywords</c> holds the groups of persons, run together
/// (<see cref="DihrPersonGroups"/>). It has no issues and no action category (computed from the text).
/// </summary>
public sealed partial class DihrExplorerLayout : IRecommendationLayout
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "goals", "recommendation", "tekst", "targets", "keywords", "response", "recommending_state", "mechanism",
        "procedures", "treaties", "type", "field_year", "document",
    ];

    private static readonly HeaderBinder Binder = new()
    {
        Layout = "DIHR SDG–Human Rights Data Explorer export",
        Columns = Columns,
        Required = ["recommendation", "tekst", "response", "recommending_state", "field_year"],
        UnknownColumn = DiagnosticCodes.UnknownRecommendationColumn,
        DuplicateColumn = DiagnosticCodes.DuplicateRecommendationColumn,
        MissingColumn = DiagnosticCodes.MissingRecommendationColumn,
        MissingAdvice = "the DIHR SDG–Human Rights Data Explorer export has it; export the file again with all its columns",
    };

    public RecommendationSource Source => RecommendationSource.Dihr;


    public string Name => Binder.Layout;

    public bool Recognises(IReadOnlyList<string> header)
    {
        var names = header.Select(HeaderNames.Normalise).ToHashSet();
        return names.Contains("tekst") && names.Contains("field_year");
    }

    public RowMapping? Bind(RawRow header, RowReporter reporter) =>
        Binder.Bind(header, reporter) is { } bound ? new RowMapping(row => Map(row, bound), bound.IndexOf("recommendation")) : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RowFields Map(RawRow row, BoundHeader header)
    {
        var (document, paragraph) = SplitDocument(header.CellOf(row, "document"));
        return new RowFields(row.Line)
        {
            StateUnderReview = header.CellOf(row, "recommendation"),
            Text = header.CellOf(row, "tekst"),
            Response = header.CellOf(row, "response"),
            RecommendingState = header.CellOf(row, "recommending_state"),
            Cycle = CycleOf(header.CellOf(row, "field_year")),
            Document = document,
            Paragraph = paragraph,
            Sdgs = [.. GoalsOf(header.CellOf(row, "goals")), .. TargetsOf(header.CellOf(row, "targets"))],
            AffectedPersons = header.CellOf(row, "keywords") is { IsEmpty: false } keywords ? DihrPersonGroups.Split(keywords.Value) : [],
        };
    }

    /// <summary>"2014 Cycle 2" → "2"; anything else is passed on as it is, to be reported as a bad cycle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Cell? CycleOf(Cell? fieldYear)
    {
        if (fieldYear is null)
        {
            return null;
        }

        var match = CyclePattern().Match(fieldYear.Value);
        return match.Success ? fieldYear with { Value = match.Groups[1].Value } : fieldYear;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Cell? Document, Cell? Paragraph) SplitDocument(Cell? cell)
    {
        if (cell is null || cell.IsEmpty)
        {
            return (null, null);
        }

        var value = cell.Value.StartsWith("Source:", StringComparison.OrdinalIgnoreCase) ? cell.Value["Source:".Length..] : cell.Value;
        var parts = value.Split('|', StringSplitOptions.TrimEntries);
        var paragraph = parts.Length > 1 ? parts[1] : string.Empty;
        return (cell with { Value = parts[0] }, cell with { Value = paragraph });
    }

    /// <summary>The goal numbers of labels such as "8. Decent work and economic growth ,16. Peace, justice and strong institutions".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IReadOnlyList<Cell> GoalsOf(Cell? cell)
    {
        if (cell is null || cell.IsEmpty)
        {
            return [];
        }

        var goals = GoalPattern().Matches(cell.Value);
        if (goals.Count == 0)
        {
            // "No SDG link identified", or a label without its number: read by name (SdgGoalLabels).
            return [cell];
        }

        return goals.Select(m => cell with { Value = m.Groups[1].Value }).ToList();
    }

    /// <summary>
    /// "16.3, 5.2" → "16.3", "5.2". A cell holding one target may be a number cell whose value Excel stored in binary
    /// ("16.100000000000001"), rounded back to its two decimals; 16.10 stored so cannot be told from 16.1.
    /// </summary>
    private static IEnumerable<Cell> TargetsOf(Cell? cell)
    {
        if (cell is null || cell.IsEmpty)
        {
            return [];
        }

        return cell.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(target => cell with { Value = StoredNumber().IsMatch(target) ? Rounded(target) : target });
    }

    private static string Rounded(string target) =>
        Math.Round(double.Parse(target, System.Globalization.CultureInfo.InvariantCulture), 2)
            .ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[0-9]{1,2}\.[0-9]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex StoredNumber();

    [GeneratedRegex(@"\bcycle\s*(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CyclePattern();

    // A goal label starts the cell or follows a comma, and opens with its number and a dot: "16. Peace, justice…".
    [GeneratedRegex(@"(?:^|,)\s*(\d{1,2})\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex GoalPattern();
}
