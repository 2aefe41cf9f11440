using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// /data/&lt;iso2&gt;/matrix-cycle&lt;n&gt;.docx: the matrix as OHCHR's current generation lays it out (A4 landscape,
/// one table <c>Recommendation | Position | Full list of themes | Assessment…</c>, its header repeated on each page,
/// a "Theme: …" row across the table before each cluster), with the coalition's assessments.
/// </summary>
public static class MatrixDocx
{
    /// <summary>Column widths in twentieths of a point; together the width of A4 landscape inside 1.27 cm margins.</summary>
    private static readonly int[] Widths = [4520, 1100, 5000, 4600];

    public static byte[] Write(MatrixCycle matrix)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var body = new Body();
            body.Append(Line(MatrixText.Title(matrix), bold: true, size: 28));
            if (MatrixText.Review(matrix) is { } review)
            {
                body.Append(Line(review));
            }

            body.Append(Line(MatrixText.Note));
            if (MatrixText.Unnumbered(matrix) is { } unnumbered)
            {
                body.Append(Line(unnumbered));
            }

            if (MatrixText.UnderListParagraph(matrix) is { } list)
            {
                body.Append(Line(list));
            }

            body.Append(Table(matrix));
            body.Append(Line(string.Empty));
            body.Append(new SectionProperties(
                new PageSize { Width = 16840U, Height = 11907U, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 720, Right = 720U, Bottom = 720, Left = 720U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            CoreProperties.Write(document.AddNewPart<CoreFilePropertiesPart>("rId2"), MatrixText.Title(matrix));
        }

        return PackageBytes.Normalize(stream.ToArray());
    }

    private static Table Table(MatrixCycle matrix)
    {
        var borders = new TableBorders();
        foreach (var b in new BorderType[]
                 {
                     new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder(),
                 })
        {
            b.Val = BorderValues.Single;
            b.Size = 4U;
            b.Color = "auto";
            borders.Append(b);
        }

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                borders,
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Widths.Select(w => new GridColumn { Width = Twips(w) })));

        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < MatrixText.Header.Count; i++)
        {
            header.Append(Cell(Widths[i], [MatrixText.Header[i]], bold: true));
        }

        table.Append(header);
        foreach (var cluster in matrix.Clusters)
        {
            table.Append(new TableRow(Cell(Widths.Sum(), [MatrixText.Theme(cluster)], bold: true, span: Widths.Length)));
            foreach (var row in cluster.Rows)
            {
                table.Append(new TableRow(
                    Cell(Widths[0], MatrixText.Recommendation(row)),
                    Cell(Widths[1], MatrixText.Positions(row)),
                    Cell(Widths[2], MatrixText.Themes(row)),
                    Cell(Widths[3], MatrixText.Assessment(row.Rating))));
            }
        }

        return table;
    }

    private static TableCell Cell(int width, IReadOnlyList<string> lines, bool bold = false, int span = 1)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        var cell = new TableCell(properties);
        foreach (var line in lines.Count == 0 ? [string.Empty] : lines)
        {
            cell.Append(Line(line, bold));
        }

        return cell;
    }

    private static Paragraph Line(string text, bool bold = false, int? size = null)
    {
        var run = new Run();
        if (bold || size is not null)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (size is { } s)
            {
                properties.Append(new FontSize { Val = Twips(s) });
            }

            run.Append(properties);
        }

        run.Append(new Text(MatrixText.XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(run);
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
