using System.Globalization;

namespace UprSite.Import.Tables;

/// <summary>
/// Bounds on a table file, set by what a real export holds, so that a damaged or hostile file is refused before it
/// takes the machine's memory: Excel's own sheet limits (1,048,576 rows, 16,384 columns, the last being XFD), ten
/// million cells in all (UPR Info's whole database is well under one million), 64 MB of file, and 50,000 rows kept
/// for one country (a State receives a few hundred recommendations per review, under 1,500 in four cycles; every kept
/// row is shown on pages, so this bound is what keeps a build's memory and time in proportion).
/// </summary>
public static class TableLimits
{
    public const int MaxRows = 1_048_576;

    public const int MaxColumns = 16_384;

    public const long MaxCells = 10_000_000;

    public const long MaxFileBytes = 64L * 1024 * 1024;

    public const int MaxRowsPerCountry = 50_000;

    /// <summary>Throws <see cref="TableLimitException"/> when a row (numbered as the file numbers it) is past a bound.</summary>
    /// <param name="cells">Cells held so far, this row's included.</param>
    public static void Check(long row, long columns, long cells)
    {
        if (row > MaxRows)
        {
            throw new TableLimitException(
                $"it has a row {Number(row)}, past the {Number(MaxRows)} rows a spreadsheet can hold; a recommendations export has a few thousand", (int)Math.Min(row, int.MaxValue));
        }

        if (columns > MaxColumns)
        {
            throw new TableLimitException(
                $"a row has a cell in column {Number(columns)}, past the last column a spreadsheet has (XFD, column {Number(MaxColumns)}); the file is damaged, save it again from a spreadsheet program", (int)row);
        }

        if (cells > MaxCells)
        {
            throw new TableLimitException(
                $"it holds more than {Number(MaxCells)} cells (rows times columns, counting empty cells between filled ones); split the export or remove columns and rows it does not need", (int)row);
        }
    }

    public static void CheckSize(long bytes)
    {
        if (bytes > MaxFileBytes)
        {
            throw new TableLimitException(
                $"it is {Number(bytes / (1024 * 1024))} MB, more than the {Number(MaxFileBytes / (1024 * 1024))} MB a recommendations file may be (UPR Info's whole database is smaller); keep only the rows of the States this site shows", 0);
        }
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
