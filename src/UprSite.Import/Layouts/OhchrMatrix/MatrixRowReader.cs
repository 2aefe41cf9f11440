using UprSite.Core.Diagnostics;
using UprSite.Core.Reference;
using UprSite.Import.States;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>Reads one recommendation row of a matrix whose columns are known, reporting what it lacks.</summary>
public static class MatrixRowReader
{
    public static MatrixRecommendation Read(
        WordTableRow row, int table, MatrixColumns columns, MatrixTheme? cluster, MatrixReport report)
    {
        var cell = RecommendationCellReader.Read(Lines(row, columns.Recommendation));
        if (cell.Paragraph is null && columns.Paragraph is { } p && row.CellAt(p) is { IsEmpty: false } number)
        {
            cell = cell with { Paragraph = RecommendationCellReader.ParagraphNumberOf(number.Text) };
        }

        var positionLines = Lines(row, columns.Position);
        var themes = columns.Themes is { } t ? ThemesCell.Read(Lines(row, t)) : ThemesCell.Empty;
        var affected = columns.AffectedPersons is { } a ? ThemesCell.ReadItems(Lines(row, a)) : [];
        var sdgs = columns.Sdgs is { } g ? ThemesCell.ReadItems(Lines(row, g)).Select(SdgItem.Number) : [];
        var (clauses, named) = ReadStates(row, columns, cell);
        var label = cell.Paragraph is null ? "this row" : $"paragraph {cell.Paragraph}";

        var positionText = positionLines.FirstOrDefault(l => CellLabels.After(l, CellLabels.SourceOfPosition) is null) ?? string.Empty;
        var position = ReadPosition(positionText, label, row, table, columns, report);
        var kept = named.Unrecognised.Where(u => columns.States is not null || cell.StatesLine is not null || InlineStates.ReadsAsState(u)).ToList();
        if (position != MatrixPosition.VoluntaryPledge)
        {
            ReportStates(named, kept, label, cell, row, table, columns, report);
        }

        var states = named.States.Distinct().ToList();

        return new MatrixRecommendation(
            cell.Paragraph,
            cell.Text,
            clauses,
            states,
            named.Unrecognised,
            [.. states.Select(s => s.EnglishName).Concat(kept.Select(u => u.Name.Trim())).Distinct(StringComparer.Ordinal)],
            position,
            positionText,
            cluster is null ? [] : [cluster],
            themes.Themes,
            [.. cell.AffectedPersons.Concat(themes.AffectedPersons).Concat(affected).Distinct(StringComparer.Ordinal)],
            [.. themes.Sdgs.Concat(sdgs).Distinct(StringComparer.Ordinal)],
            columns.Assessment is { } s ? string.Join('\n', Lines(row, s)) : string.Empty,
            cell.Source ?? PositionSourceIn(positionLines),
            table,
            row.Number)
        {
            StatesColumn = columns.States ?? columns.Recommendation,
            StatePositions = StatePositions(positionLines.Where(l => l != positionText), states.Select(s => s.EnglishName).Concat(kept.Select(u => u.Name.Trim()))),
        };
    }

    /// <summary>Lines "Noted: Saudi Arabia; Spain" under the position, for States the paragraph names.</summary>
    private static Dictionary<string, MatrixPosition> StatePositions(IEnumerable<string> lines, IEnumerable<string> names)
    {
        var named = names.Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal);
        var positions = new Dictionary<string, MatrixPosition>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && MatrixPositions.Parse(line[..colon]) is { } position)
            {
                foreach (var name in line[(colon + 1)..].Split(';').Select(NameFolding.Fold).Where(named.Contains))
                {
                    positions.TryAdd(name, position);
                }
            }
        }

        return positions;
    }

    /// <summary>Later matrices write "Source of position: …" under the position rather than under the text.</summary>
    private static PositionSource? PositionSourceIn(IReadOnlyList<string> lines) =>
        lines.Select(l => CellLabels.After(l, CellLabels.SourceOfPosition)).FirstOrDefault(w => w is not null) is { } where
            ? PositionSource.Parse(where)
            : null;

    private static IReadOnlyList<string> Lines(WordTableRow row, int column) => row.CellAt(column)?.Lines ?? [];

    private static (IReadOnlyList<MatrixClause> Clauses, StateList States) ReadStates(
        WordTableRow row, MatrixColumns columns, RecommendationCell cell)
    {
        var column = columns.States is { } c ? StatesColumn(Lines(row, c)) : StateList.Empty;
        var line = cell.StatesLine is { } l ? StatesColumn([l]) : StateList.Empty;
        var outside = column.Concat(line);
        if (outside.States.Count > 0 || outside.Unrecognised.Count > 0 || columns.States is not null)
        {
            return ([new MatrixClause(cell.Text, outside.States.Distinct().ToList())], outside);
        }

        return InlineStates.Read(cell.Text);
    }

    /// <summary>A States column or line: one State a line, "- " items, comma/"and" lists, or "(A) (B)" brackets.</summary>
    private static StateList StatesColumn(IReadOnlyList<string> lines)
    {
        var list = StateList.Empty;
        foreach (var raw in lines)
        {
            var line = CellLabels.ListItem(raw) ?? raw;
            var groups = BracketGroup.Find(line);
            list = line.StartsWith('(') && groups.Count > 0
                ? groups.Aggregate(list, (l, g) => l.Concat(StateListSplitter.Split(g.Content(line))))
                : list.Concat(StateListSplitter.Split(line.TrimEnd(';', '.', ',')));
        }

        return list;
    }

    private static MatrixPosition? ReadPosition(
        string text, string label, WordTableRow row, int table, MatrixColumns columns, MatrixReport report)
    {
        if (text.Length == 0)
        {
            report.Warning(DiagnosticCodes.UnknownMatrixPosition, table, row.Number, columns.Position,
                $"{label} has no position; it is read as pending. Write Supported, Noted or Supported/Noted once the State has answered");
            return MatrixPosition.Pending;
        }

        var position = MatrixPositions.Parse(text);
        if (position is null)
        {
            report.Error(DiagnosticCodes.UnknownMatrixPosition, table, row.Number, columns.Position,
                $"{label}: the position '{text}' is not one the tool knows; write one of {MatrixPositions.KnownValues}");
        }

        return position;
    }

    private static void ReportStates(
        StateList named, List<UnrecognisedState> kept, string label, RecommendationCell cell, WordTableRow row, int table,
        MatrixColumns columns, MatrixReport report)
    {
        var column = columns.States ?? columns.Recommendation;
        foreach (var unknown in named.Unrecognised.Except(kept))
        {
            report.Warning(DiagnosticCodes.UnrecognisedMatrixState, table, row.Number, column,
                $"{label}: the recommending State {unknown.Describe()} is not a State the tool knows, so it is not counted; "
                + "correct its spelling in the matrix");
        }

        foreach (var other in named.NonStates)
        {
            report.Warning(DiagnosticCodes.UnrecognisedMatrixState, table, row.Number, column,
                $"{label}: '{other.EnglishName}' is not a State, so it is not counted as a recommending State");
        }

        if (named.States.Count == 0 && kept.Count == 0)
        {
            report.Warning(DiagnosticCodes.IncompleteMatrixRecommendation, table, row.Number, column,
                $"{label} names no recommending State; add it in brackets after the text, e.g. '(France)'");
        }

        if (cell.Paragraph is null)
        {
            report.Warning(DiagnosticCodes.IncompleteMatrixRecommendation, table, row.Number, columns.Recommendation,
                "this recommendation has no paragraph number, so it cannot be matched with other sources; "
                + "start the cell with the number of the report's paragraph, e.g. '186.28.'");
        }

        if (cell.TextLines.Count == 0)
        {
            report.Warning(DiagnosticCodes.IncompleteMatrixRecommendation, table, row.Number, columns.Recommendation,
                $"{label} has no text");
        }
    }
}
