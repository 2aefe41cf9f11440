using UprSite.Core.Reference;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// Which grid column (1-based) holds what, found from a header row by the columns' names compared folded (case,
/// spacing and punctuation ignored), never by position. A header needs a recommendation and a position column.
/// </summary>
public sealed record MatrixColumns(
    MatrixGeneration Generation,
    int Recommendation,
    int Position,
    int? States,
    int? Themes,
    int? AffectedPersons,
    int? Assessment,
    int? Paragraph,
    int Width)
{
    /// <summary>The "Relevant SDGs" column of later matrices; null when the matrix has none.</summary>
    public int? Sdgs { get; init; }

    /// <summary>Names of a column holding only the paragraph number, folded.</summary>
    private static readonly HashSet<string> ParagraphNames = new(StringComparer.Ordinal)
    {
        "no", "nr", "number", "para", "paragraph", "paragraph no", "paragraph number", "recommendation no",
        "recommendation number", "rec no",
    };

    /// <summary>The columns the row names, or null when it is not a matrix header.</summary>
    /// <summary>The first of a table's first <paramref name="searchRows"/> rows that is a matrix header, and its index; (null, -1) when none is.</summary>
    public static (MatrixColumns? Columns, int Index) FindHeader(WordTable table, int searchRows)
    {
        for (var i = 0; i < Math.Min(searchRows, table.Rows.Count); i++)
        {
            if (Bind(table.Rows[i]) is { } columns)
            {
                return (columns, i);
            }
        }

        return (null, -1);
    }

    public static MatrixColumns? Bind(WordTableRow row)
    {
        int? recommendation = null, position = null, states = null, themes = null, affected = null, assessment = null, paragraph = null, sdgs = null;
        var combined = false;
        foreach (var cell in row.Cells)
        {
            var name = NameFolding.Fold(cell.Text);
            if (name.Length == 0 || name.Length > 80)
            {
                continue;
            }

            if (ParagraphNames.Contains(name))
            {
                paragraph ??= cell.Column;
            }
            else if (name.StartsWith("recommendation", StringComparison.Ordinal) && recommendation is null)
            {
                recommendation = cell.Column;
                combined = name.Contains("recommending", StringComparison.Ordinal);
            }
            else if (name.StartsWith("recommending", StringComparison.Ordinal) || name is "recommended by" or "state s" or "states")
            {
                states ??= cell.Column;
            }
            else if (name.StartsWith("position", StringComparison.Ordinal) || name is "response")
            {
                position ??= cell.Column;
            }
            else if (name.Contains("affected persons", StringComparison.Ordinal))
            {
                affected ??= cell.Column;
            }
            else if (name.Contains("sdg", StringComparison.Ordinal) || name.Contains("sustainable development goal", StringComparison.Ordinal))
            {
                sdgs ??= cell.Column;
            }
            else if (name.Contains("theme", StringComparison.Ordinal))
            {
                themes ??= cell.Column;
            }
            else if (name.StartsWith("assessment", StringComparison.Ordinal) || name.Contains("level of implementation", StringComparison.Ordinal)
                     || name.StartsWith("comments", StringComparison.Ordinal))
            {
                assessment ??= cell.Column;
            }
        }

        if (recommendation is null || position is null)
        {
            return null;
        }

        var generation = combined ? MatrixGeneration.RecommendationAndState
            : states is not null ? MatrixGeneration.StatesColumn
            : MatrixGeneration.ThemeList;
        var width = row.Cells.Count == 0 ? 0 : row.Cells.Max(c => c.Column + c.Span - 1);
        return new MatrixColumns(generation, recommendation.Value, position.Value, states, themes, affected, assessment, paragraph, width) { Sdgs = sdgs };
    }

    /// <summary>The header's names, as the error for a document without one lists them.</summary>
    public static string Expected =>
        "'Recommendation | Position | Full list of themes | Assessment/comments on level of implementation', "
        + "'Recommendation | Recommending state/s | Position | …' or "
        + "'Recommendation and recommending State | Position of the State under review | …'";
}
