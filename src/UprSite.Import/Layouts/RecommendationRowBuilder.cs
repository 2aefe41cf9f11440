using System.Globalization;
using System.Runtime.CompilerServices;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Text;
using UprSite.Core.Vocabulary;
using UprSite.Import.States;

namespace UprSite.Import.Layouts;

/// <summary>
/// Checks the values of one row and makes its recommendation, one row per recommending State it names (co-sponsors
/// share one <see cref="Recommendation.Key"/>); every bad value is reported at its column.
/// </summary>
public sealed class RecommendationRowBuilder(RowReporter reporter, string stateUnderReview)
{
    private readonly RecommendingStateReader _states = new(reporter);

    /// <summary>The row's recommendation, one per recommending State; empty when the row has errors (they are reported).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<Recommendation> Build(RowFields row)
    {
        var errorsBefore = reporter.ErrorCount;
        var recommendingState = Required(row.RecommendingState, "recommending State", row.Line);
        var text = Required(row.Text, "recommendation text", row.Line);
        var (cycle, session) = CycleAndSession(row);
        var response = ResponseOf(row);
        var category = CategoryOf(row, text);
        var issues = IssuesOf(row);
        var sdgs = SdgsOf(row);
        if (reporter.ErrorCount > errorsBefore || cycle is null)
        {
            return [];
        }

        var document = NullIfEmpty(row.Document);
        if (document is not null && !DocumentSymbol.IsUnSymbol(document))
        {
            reporter.Warning(DiagnosticCodes.MalformedDocumentSymbol,
                $"document '{document}' is not a UN document symbol (A/HRC/<session>/<number>, such as A/HRC/26/16, or its /Add.1); it is shown as given: correct it to the Working Group report's symbol",
                row.Line, row.Document!.Column);
        }

        var paragraph = NullIfEmpty(row.Paragraph);
        var sur = NullIfEmpty(row.StateUnderReview) ?? stateUnderReview;
        var source = new RowRef(reporter.File, row.Line);
        var key = RecommendationKey.Of(document, paragraph, source, text!);
        var states = _states.Read(recommendingState!, row.Line, row.RecommendingState!.Column);
        var given = NullIfEmpty(row.Id);
        var rows = new List<Recommendation>(states.Count);
        foreach (var state in states)
        {
            var id = given is null
                ? RecommendationId.Derive(cycle.Value, session, state, text!, document, paragraph)
                : rows.Count == 0 ? given : $"{given}-{RecommendationId.Slug(state)}";
            rows.Add(new Recommendation(id, cycle.Value, session, sur, state, NullIfEmpty(row.RegionalGroup), text!,
                response!.Value, issues, category, document, paragraph, sdgs, source)
            {
                Key = key,
                ActionCategoryEstimated = category is not null && row.ActionCategory is not { IsEmpty: false },
                Themes = row.Themes,
                AffectedPersons = row.AffectedPersons,
                Cluster = row.Cluster,
                Assessment = string.IsNullOrEmpty(row.Assessment) ? null : row.Assessment,
            });
        }

        return rows;
    }

    /// <summary>UPR Info marks a State's own commitments with the response "Voluntary Pledge".</summary>
    public static bool IsPledge(RowFields row) =>
        row.Response is { } cell
        && PledgeWords.Contains(string.Join(' ', cell.Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The responses read as a voluntary pledge (compared lower-case, spaces collapsed).</summary>
    public static IReadOnlyList<string> PledgeWords { get; } = ["voluntary pledge", "voluntary pledges", "pledge"];

    /// <summary>The pledge, or null when the row lacks its text or cycle (reported).</summary>
    public VoluntaryPledge? BuildPledge(RowFields row)
    {
        var errorsBefore = reporter.ErrorCount;
        var text = Required(row.Text, "pledge text", row.Line);
        var (cycle, session) = CycleAndSession(row);
        var issues = IssuesOf(row);
        if (reporter.ErrorCount > errorsBefore || cycle is null)
        {
            return null;
        }

        var sur = NullIfEmpty(row.StateUnderReview) ?? stateUnderReview;
        return new VoluntaryPledge(cycle.Value, session, sur, NullIfEmpty(row.RecommendingState) ?? sur, text!, issues,
            new RowRef(reporter.File, row.Line));
    }

    /// <summary>Reports the recommending States that were no State (call once, after the last row).</summary>
    public void Finish() => _states.Report();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? Required(Cell? cell, string what, int line)
    {
        if (cell is { IsEmpty: false })
        {
            return cell.Value;
        }

        reporter.Error(DiagnosticCodes.MissingRecommendationValue,
            $"this row has no {what}; fill it in or delete the row", line, cell?.Column ?? 0);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int? Cycle, int? Session) CycleAndSession(RowFields row)
    {
        int? session = null;
        int? cycle = null;
        if (row.Session is { IsEmpty: false } sessionCell)
        {
            session = Number(sessionCell, "session", 1, 200, row.Line);
        }

        if (row.Cycle is { IsEmpty: false } cycleCell)
        {
            cycle = Number(cycleCell, "cycle", 1, 20, row.Line);
        }

        var fromSession = session is { } s ? UprCycles.CycleOfSession(s) : null;
        if (cycle is null && session is not null && fromSession is null)
        {
            reporter.Error(DiagnosticCodes.InvalidCycleOrSession,
                $"session {session} is in no known cycle (sessions 1–54 make cycles 1–4); give the cycle as well",
                row.Line, row.Session!.Column);
        }
        else if (cycle is not null && fromSession is not null && cycle != fromSession)
        {
            reporter.Error(DiagnosticCodes.InvalidCycleOrSession,
                $"cycle {cycle} does not match session {session}, which belongs to cycle {fromSession}; correct one of them",
                row.Line, row.Cycle!.Column);
        }
        else if (row.Cycle is null or { IsEmpty: true } && row.Session is null or { IsEmpty: true })
        {
            reporter.Error(DiagnosticCodes.MissingRecommendationValue,
                "this row has neither a cycle nor a session; give at least one", row.Line, (row.Cycle ?? row.Session)?.Column ?? 0);
        }

        return (cycle ?? fromSession, session);
    }

    private int? Number(Cell cell, string what, int min, int max, int line)
    {
        if (int.TryParse(cell.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        reporter.Error(DiagnosticCodes.InvalidCycleOrSession,
            $"{what} '{cell.Value}' should be a whole number from {min} to {max}", line, cell.Column);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Response? ResponseOf(RowFields row)
    {
        var cell = row.Response ?? new Cell(string.Empty, 0);
        if (ResponseVocabulary.Parse(cell.Value) is { } response)
        {
            return response;
        }

        reporter.Error(DiagnosticCodes.UnknownResponse,
            $"unknown response '{cell.Value}'; write one of: {ResponseVocabulary.Described()}; an empty cell means pending, and {string.Join(" or ", PledgeWords.Select(w => $"'{w}'"))} marks a State's own commitment, kept apart from the recommendations",
            row.Line, cell.Column);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ActionCategory? CategoryOf(RowFields row, string? text)
    {
        if (row.ActionCategory is not { IsEmpty: false } cell)
        {
            return text is null ? null : ActionCategoryClassifier.Classify(text);
        }

        if (int.TryParse(cell.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 5)
        {
            return (ActionCategory)value;
        }

        reporter.Error(DiagnosticCodes.InvalidActionCategory,
            $"action category '{cell.Value}' should be a number from 1 ({ActionCategoryNames.Of(ActionCategory.Minimal)}) to 5 ({ActionCategoryNames.Of(ActionCategory.Specific)}), or empty to compute it from the text",
            row.Line, cell.Column);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<string> IssuesOf(RowFields row)
    {
        var issues = new List<string>(row.Issues.Count);
        foreach (var cell in row.Issues)
        {
            if (UprIssues.Find(cell.Value) is { } issue)
            {
                if (!issues.Contains(issue))
                {
                    issues.Add(issue);
                }

                continue;
            }

            var nearest = NearestName.Find(cell.Value, UprIssues.All);
            var hint = nearest is null ? "see the list of UPR issues in docs/formats.md" : $"did you mean '{nearest}'?";
            reporter.Error(DiagnosticCodes.UnknownIssue, $"unknown issue '{cell.Value}'; {hint}", row.Line, cell.Column);
        }

        return issues;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<string> SdgsOf(RowFields row)
    {
        var sdgs = new List<string>(row.Sdgs.Count);
        foreach (var cell in row.Sdgs)
        {
            var label = SdgGoalLabels.Resolve(cell.Value);
            switch (label.Kind)
            {
                case SdgLabelKind.Code when !sdgs.Contains(label.Code!):
                    sdgs.Add(label.Code!);
                    break;
                case SdgLabelKind.Code or SdgLabelKind.NoLink:
                    break;
                case SdgLabelKind.Unknown:
                    var hint = label.Nearest is { } n ? $"did you mean goal {n.Number}, '{n.EnglishName}'?" : "write the goal's number (1–17)";
                    reporter.Warning(DiagnosticCodes.UnresolvedSdgLabel,
                        $"'{cell.Value}' names no Sustainable Development Goal and is left out; {hint}", row.Line, cell.Column);
                    break;
                default:
                    reporter.Error(DiagnosticCodes.InvalidSdg,
                        $"'{cell.Value}' is not an SDG goal (1–17) or target (such as 16.10 or 16.a)", row.Line, cell.Column);
                    break;
            }
        }

        return sdgs;
    }

    private static string? NullIfEmpty(Cell? cell) => cell is { IsEmpty: false } ? cell.Value : null;
}
