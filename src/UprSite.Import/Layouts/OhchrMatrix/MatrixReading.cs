using UprSite.Core.Diagnostics;
using UprSite.Core.Reference;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>The state of a reading: the current cluster, what was read so far, and where each paragraph was.</summary>
internal sealed class MatrixReading(MatrixReport report)
{
    private readonly Dictionary<string, int> _byParagraph = new(StringComparer.Ordinal);
    private MatrixTheme? _cluster;

    public MatrixGeneration? Generation { get; set; }

    public List<MatrixRecommendation> Recommendations { get; } = [];

    public List<MatrixThemeRow> ThemeRows { get; } = [];

    /// <summary>Rows repeating a paragraph already read with the same text (listed under two themes), counted once.</summary>
    public int Repeats { get; private set; }

    public void Row(int table, WordTableRow row, MatrixColumns columns)
    {
        if (row.IsBlank || MatrixColumns.Bind(row) is not null)
        {
            return;
        }

        if (ThemeOf(row, columns) is { } theme)
        {
            _cluster = theme;
            ThemeRows.Add(new MatrixThemeRow(theme, table, row.Number));
            return;
        }

        Add(MatrixRowReader.Read(row, table, columns, _cluster, report));
    }

    private static MatrixTheme? ThemeOf(WordTableRow row, MatrixColumns columns)
    {
        var filled = row.Cells.Where(c => !c.IsEmpty).ToList();
        if (filled.Count != 1)
        {
            return null;
        }

        var cell = filled[0];
        if (CellLabels.After(cell.Lines[0], "theme") is { } named)
        {
            return MatrixTheme.Parse(named);
        }

        var acrossTable = cell.Span > 1 && cell.Span >= columns.Width - 1;
        return acrossTable && RecommendationCellReader.Read(cell.Lines).Paragraph is null ? MatrixTheme.Parse(cell.Text.Replace('\n', ' ')) : null;
    }

    private void Add(MatrixRecommendation recommendation)
    {
        if (recommendation.Paragraph is not { } paragraph || !_byParagraph.TryGetValue(paragraph, out var index))
        {
            if (recommendation.Paragraph is { } p)
            {
                _byParagraph[p] = Recommendations.Count;
            }

            Recommendations.Add(recommendation);
            return;
        }

        var first = Recommendations[index];
        var where = $"paragraph {paragraph} was already read from row {first.Row}{(first.Table != recommendation.Table ? $" of table {first.Table}" : string.Empty)}";
        if (NameFolding.Fold(first.Text) == NameFolding.Fold(recommendation.Text))
        {
            Recommendations[index] = first with
            {
                ClusterThemes = [.. first.ClusterThemes.Concat(recommendation.ClusterThemes).Distinct()],
                Themes = [.. first.Themes.Concat(recommendation.Themes).Distinct()],
            };
            Repeats++;
            report.Info(DiagnosticCodes.RepeatedMatrixParagraph, recommendation.Table, recommendation.Row, 1,
                $"{where}, under another theme: it is counted once, under both themes");
        }
        else
        {
            report.Warning(DiagnosticCodes.RepeatedMatrixParagraph, recommendation.Table, recommendation.Row, 1,
                $"{where} with another text: this row is left out; check the paragraph numbers");
        }
    }
}
