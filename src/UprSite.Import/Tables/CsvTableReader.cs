using System.Runtime.CompilerServices;
using System.Text;

namespace UprSite.Import.Tables;

/// <summary>
/// A small RFC 4180 reader: fields separated by commas (or by semicolons or tabs, when the header row is: what Excel
/// saves as "CSV" under French or other European settings, and as "Unicode text"); fields in double quotes may hold
/// separators, doubled quotes and line breaks.
/// Rows end at CR LF, LF or a lone CR (classic-Mac files). Cells are trimmed; blank lines are skipped; the last row
/// needs no line break. Lenient where exports are sloppy (a stray quote inside an unquoted field is kept as text).
/// A file past <see cref="TableLimits"/> throws <see cref="TableLimitException"/>.
/// </summary>
public static class CsvTableReader
{
    /// <summary>The table, or null with <paramref name="problem"/> (and the line it concerns) when the file cannot be read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RawTable? Read(string text, out string? problem, out int problemLine)
    {
        var rows = new List<RawRow>();
        var cells = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoteLine = 0;
        var inQuotes = false;
        var separator = Separator(text);
        var cellsHeld = 0L;
        (problem, problemLine) = (null, 0);

        void EndField()
        {
            cells.Add(field.ToString().Trim());
            field.Clear();
            if (cells.Count > TableLimits.MaxColumns)
            {
                TableLimits.Check(rowLine, cells.Count, cellsHeld + cells.Count);
            }
        }

        void EndRow()
        {
            EndField();
            cellsHeld += cells.Count;
            TableLimits.Check(rows.Count + 1, cells.Count, cellsHeld);
            if (cells.Count > 1 || cells[0].Length > 0)
            {
                rows.Add(new RawRow(rowLine, [.. cells]));
            }

            cells.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else if (c is '\r' or '\n')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    field.Append('\n');
                    line++;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == separator)
            {
                EndField();
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 || IsBlank(field):
                    field.Clear();
                    inQuotes = true;
                    quoteLine = line;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndRow();
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            (problem, problemLine) = ($"a quoted field opened on line {quoteLine} is never closed; close it with '\"' (a quote inside a field is written twice: \"\")", quoteLine);
            return null;
        }

        EndRow();
        if (rows.Count == 0)
        {
            (problem, problemLine) = ("the file is empty; it needs a header row naming its columns (see docs/formats.md)", 0);
            return null;
        }

        return new RawTable(rows);
    }

    /// <summary>
    /// The separator of the header row: whichever of comma, semicolon and tab it holds most often outside quotes
    /// (a comma when none, or on a tie). Header names hold none of them, so the count is the number of columns less one.
    /// </summary>
    public static char Separator(string text)
    {
        var (commas, semicolons, tabs, inQuotes) = (0, 0, 0, false);
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n' && commas + semicolons + tabs > 0)
            {
                break;
            }
            else if (!inQuotes)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static bool IsBlank(StringBuilder field)
    {
        for (var i = 0; i < field.Length; i++)
        {
            if (!char.IsWhiteSpace(field[i]))
            {
                return false;
            }
        }

        return true;
    }
}
