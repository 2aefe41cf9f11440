using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Text;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// Reads an OHCHR matrix of recommendations (.docx, any of the three layouts) into one recommendation per paragraph.
/// The header is found by its names in the first rows of a table; a later table without a header of its own and
/// with as many columns goes on with the last header; a row with one cell across the table (or opening "Theme:")
/// opens a cluster. Never throws on bad input: whatever cannot be read is a diagnostic.
/// </summary>
public static class OhchrMatrixReader
{
    private const int HeaderSearchRows = 5;

    /// <summary>The matrix; null, with an error in <paramref name="diagnostics"/>, when the file has no matrix at all.</summary>
    public static MatrixDocument? Read(byte[] bytes, string file, DiagnosticList diagnostics)
    {
        var tables = DocxTableReader.Read(bytes, file, diagnostics);
        return tables is null ? null : Read(tables, () => DocxHeadingReader.Lines(bytes), HeaderSearchRows, file, diagnostics);
    }

    /// <summary>
    /// A matrix kept in a spreadsheet (the site's own matrix-cycle&lt;n&gt;.xlsx, or a matrix copied into a workbook): one
    /// table, whose header may stand below title lines, which are read as the document's heading.
    /// </summary>
    public static MatrixDocument? Read(RawTable sheet, string file, DiagnosticList diagnostics)
    {
        var table = MatrixSheet.Table(sheet);
        var header = MatrixSheet.HeaderIndex(table);
        var heading = table.Rows.Take(Math.Max(0, header)).SelectMany(r => r.Cells).SelectMany(c => c.Lines).ToList();
        return Read([table], () => heading, MatrixSheet.HeaderSearchRows, file, diagnostics);
    }

    private static MatrixDocument? Read(
        IReadOnlyList<WordTable> tables, Func<IReadOnlyList<string>> heading, int headerSearchRows, string file, DiagnosticList diagnostics)
    {
        var report = new MatrixReport(file, diagnostics, tables.Count > 1);
        var reading = new MatrixReading(report);
        MatrixColumns? columns = null;
        foreach (var table in tables)
        {
            var (header, index) = MatrixColumns.FindHeader(table, headerSearchRows);
            var start = index + 1;
            columns = header ?? (columns is not null && Width(table) == columns.Width ? columns : null);
            if (columns is null)
            {
                continue;
            }

            reading.Generation ??= columns.Generation;
            foreach (var row in table.Rows.Skip(start))
            {
                reading.Row(table.Number, row, columns);
            }
        }

        if (reading.Generation is not { } generation)
        {
            var first = tables.SelectMany(t => t.Rows).FirstOrDefault(r => !r.IsBlank);
            var found = first is null ? "no table at all" : $"'{string.Join(" | ", first.Cells.Select(c => c.Text.Replace('\n', ' ')))}'";
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MatrixHeaderNotFound,
                $"no table of this Word document has the header of an OHCHR matrix ({MatrixColumns.Expected}); "
                + $"its first row holds {found}. Use the matrix as OHCHR publishes it, or save the recommendations as .csv", file));
            return null;
        }

        var document = new MatrixDocument(generation, [.. reading.Recommendations.Where(r => r.Position != MatrixPosition.VoluntaryPledge)], reading.ThemeRows)
        {
            Pledges = [.. reading.Recommendations.Where(r => r.Position == MatrixPosition.VoluntaryPledge)],
            Heading = MatrixHeading.Find(heading()),
            RepeatedRows = reading.Repeats,
        };
        Summarise(document, report);
        return document;
    }

    private static int Width(WordTable table) =>
        table.Rows.SelectMany(r => r.Cells).Select(c => c.Column + c.Span - 1).DefaultIfEmpty(0).Max();

    private static void Summarise(MatrixDocument document, MatrixReport report)
    {
        var positions = string.Join(", ", Enum.GetValues<MatrixPosition>()
            .Select(p => (Position: p, Count: document.Count(p)))
            .Where(p => p.Count > 0)
            .Select(p => $"{p.Count.ToString("N0", CultureInfo.InvariantCulture)} {MatrixWords.Of(p.Position)}"));
        report.Info(DiagnosticCodes.MatrixRead, 0, 0, 0,
            $"read {CountedNoun.Of(document.Recommendations.Count, "recommendation (paragraph)", "recommendations (paragraphs)")} as an OHCHR matrix, {MatrixWords.Of(document.Generation)}: "
            + $"{(positions.Length == 0 ? "no position" : positions)}; {CountedNoun.Of(document.RecommendationsByState, "recommendation by State", "recommendations by State")} "
            + $"from {CountedNoun.Of(document.RecommendingNames.Count, "State", "States")}; {CountedNoun.Of(document.ThemeRows.Count, "theme row", "theme rows")}"
            + (document.Heading is { } heading ? $"; its heading names the review: '{heading.Text}'" : "; its heading names no review"));
    }
}
