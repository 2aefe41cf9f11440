using UprSite.Import.Layouts.Canonical;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// A spreadsheet holding an OHCHR matrix: a matrix header (<see cref="MatrixColumns"/>) among its first rows, below
/// title lines or not, where no export layout recognises the first row. The site's own matrix-cycle&lt;n&gt;.xlsx is
/// one (title, review, notes, then the header), so a coalition can read back what it filled in.
/// </summary>
public static class MatrixSheet
{
    /// <summary>Title lines a matrix may have above its header: the site's own writes up to five.</summary>
    public const int HeaderSearchRows = 12;

    public static bool Holds(RawTable sheet) =>
        sheet.Rows.Count > 0 && LayoutDetector.Detect(sheet.Rows[0].Cells) is CanonicalLayout && HeaderIndex(Table(sheet)) >= 0;

    /// <summary>The sheet as one table, each row at its sheet row, each cell's lines its line breaks.</summary>
    public static WordTable Table(RawTable sheet) =>
        new(1, sheet.Rows.Select(r => new WordTableRow(r.Line, r.Cells.Select((text, i) => new WordTableCell(i + 1, 1, Lines(text))).ToList())).ToList());

    /// <summary>The index of the header row among the first rows; -1 when none is a matrix header.</summary>
    public static int HeaderIndex(WordTable table) => MatrixColumns.FindHeader(table, HeaderSearchRows).Index;

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
