using System.Globalization;
using ExcelDataReader;

namespace UprSite.Import.Tables;

/// <summary>
/// Reads the first worksheet of an old binary .xls workbook (UPR Info's "Export to xls") as a table, through
/// ExcelDataReader; .xlsx goes through <see cref="XlsxTableReader"/>, which is much faster. Numbers are written the
/// invariant way without a trailing ".0" (18, not 18.0); dates as YYYY-MM-DD.
/// </summary>
public static class XlsTableReader
{
    /// <summary>The table, or null with <paramref name="problem"/> when the workbook cannot be opened.</summary>
    public static RawTable? Read(byte[] bytes, out string? problem)
    {
        TextDecoder.EnsureCodePages();
        problem = null;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            var rows = new List<RawRow>();
            var line = 0;
            var cellsRead = 0L;
            while (reader.Read())
            {
                line++;
                TableLimits.Check(line, reader.FieldCount, cellsRead += reader.FieldCount);
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = Text(reader.GetValue(i));
                }

                var row = new RawRow(line, cells);
                if (!row.IsBlank)
                {
                    rows.Add(row);
                }
            }

            if (rows.Count == 0)
            {
                problem = "the first worksheet is empty; it needs a header row naming its columns (see docs/formats.md)";
                return null;
            }

            return new RawTable(rows);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or TableLimitException))
        {
            // ExcelDataReader meets a damaged or foreign file by throwing, and not only its own exceptions: a damaged
            // string table ends in "Bad SST format", a damaged record in a NullReferenceException. Everything inside
            // this block is reading the user's file, so whatever it throws says the file is damaged.
            problem = $"this file is damaged or is not an Excel workbook ({e.GetType().Name}: {e.Message.TrimEnd('.')}); open it in a spreadsheet program and save it again as .xlsx or .csv";
            return null;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text.Trim(),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };
}
