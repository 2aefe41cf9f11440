using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// /data/&lt;iso2&gt;/matrix-cycle&lt;n&gt;.xlsx: the same matrix as the .docx in one worksheet (title lines, the header
/// row, a "Theme: …" row merged across the columns before each cluster), so that a coalition can fill in the
/// assessment column in a spreadsheet. Text is written as inline strings; a cell's lines are separated by line breaks.
/// </summary>
public static class MatrixXlsx
{
    private const uint Plain = 0;
    private const uint Wrapped = 1;
    private const uint Bold = 2;

    private static readonly double[] Widths = [70, 14, 40, 60];

    public static byte[] Write(MatrixCycle matrix)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var sheet = workbook.AddNewPart<WorksheetPart>("rId1");
            var styles = workbook.AddNewPart<WorkbookStylesPart>("rId2");
            styles.Stylesheet = Styles();

            var rows = new List<Row>();
            var merges = new MergeCells();
            void Add(uint style, params IReadOnlyList<string>[] cells)
            {
                var index = (uint)rows.Count + 1;
                rows.Add(new Row(cells.Select((lines, column) => Cell(column, index, lines, style))) { RowIndex = index });
            }

            Add(Bold, [MatrixText.Title(matrix)]);
            if (MatrixText.Review(matrix) is { } review)
            {
                Add(Plain, [review]);
            }

            Add(Plain, [MatrixText.Note]);
            if (MatrixText.Unnumbered(matrix) is { } unnumbered)
            {
                Add(Plain, [unnumbered]);
            }

            if (MatrixText.UnderListParagraph(matrix) is { } list)
            {
                Add(Plain, [list]);
            }

            rows.Add(new Row { RowIndex = (uint)rows.Count + 1 });
            Add(Bold, [.. MatrixText.Header.Select(h => (IReadOnlyList<string>)[h])]);
            foreach (var cluster in matrix.Clusters)
            {
                Add(Bold, [MatrixText.Theme(cluster)]);
                merges.Append(new MergeCell { Reference = $"A{rows.Count}:D{rows.Count}" });
                foreach (var row in cluster.Rows)
                {
                    Add(Wrapped, MatrixText.Recommendation(row), MatrixText.Positions(row), MatrixText.Themes(row),
                        MatrixText.Assessment(row.Rating));
                }
            }

            var worksheet = new Worksheet(
                new Columns(Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
                new SheetData(rows));
            if (merges.HasChildren)
            {
                worksheet.Append(merges);
            }

            sheet.Worksheet = worksheet;
            workbook.Workbook = new Workbook(new Sheets(new Sheet
            {
                Name = $"Cycle {matrix.Cycle.ToString(CultureInfo.InvariantCulture)}", SheetId = 1U, Id = "rId1",
            }));
            CoreProperties.Write(document.AddNewPart<CoreFilePropertiesPart>("rId2"), MatrixText.Title(matrix));
        }

        return PackageBytes.Normalize(stream.ToArray());
    }

    private static Cell Cell(int column, uint row, IReadOnlyList<string> lines, uint style) => new()
    {
        CellReference = $"{(char)('A' + column)}{row.ToString(CultureInfo.InvariantCulture)}",
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(MatrixText.XmlSafe(string.Join('\n', lines))) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>Three formats: plain, wrapped at the top of the cell, bold and wrapped.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border()) { Count = 1U },
        new CellStyleFormats(new CellFormat()) { Count = 1U },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1U, ApplyFont = true, ApplyAlignment = true })
        { Count = 3U });
}
