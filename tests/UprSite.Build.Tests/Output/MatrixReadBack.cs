using UprSite.Core.Diagnostics;
using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tables;

namespace UprSite.Build.Tests.Output;

/// <summary>Reads a produced matrix back with the import project's own readers: the .docx as an OHCHR matrix, the .xlsx as a table.</summary>
public static class MatrixReadBack
{
    public static MatrixDocument Docx(byte[] bytes, DiagnosticList diagnostics) =>
        OhchrMatrixReader.Read(bytes, "matrix.docx", diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));

    /// <summary>
    /// The worksheet through the Import xlsx reader, its rows from the header on read as matrix rows (each cell's lines
    /// split at its line breaks), a "Theme: …" row opening a cluster as in a Word matrix.
    /// </summary>
    public static IReadOnlyList<MatrixRecommendation> Xlsx(byte[] bytes, DiagnosticList diagnostics)
    {
        var table = XlsxTableReader.Read(bytes, out var problem) ?? throw new InvalidOperationException(problem);
        var rows = table.Rows.Select(r => new WordTableRow(r.Line,
            r.Cells.Select((text, i) => new WordTableCell(i + 1, 1, text.Length == 0 ? [] : text.Split('\n'))).ToList())).ToList();
        var headerAt = rows.FindIndex(r => MatrixColumns.Bind(r) is not null);
        Assert.True(headerAt >= 0, "the worksheet has no matrix header");
        var columns = MatrixColumns.Bind(rows[headerAt])!;
        var report = new MatrixReport("matrix.xlsx", diagnostics, severalTables: false);
        var read = new List<MatrixRecommendation>();
        MatrixTheme? cluster = null;
        foreach (var row in rows.Skip(headerAt + 1))
        {
            var filled = row.Cells.Where(c => !c.IsEmpty).ToList();
            if (filled.Count == 1 && CellLabels.After(filled[0].Lines[0], "theme") is { } theme)
            {
                cluster = MatrixTheme.Parse(theme);
                continue;
            }

            read.Add(MatrixRowReader.Read(row, 1, columns, cluster, report));
        }

        return read;
    }
}
