using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace UprSite.Import.Tests.Support;

/// <summary>
/// Writes small .xlsx workbooks in memory as Excel does: text in the shared-string table, numbers (and dates, as
/// Excel serials) as numeric cells. A cell value that is a double is written as a number.
/// </summary>
public static class Xlsx
{
    public static byte[] Workbook(params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    row.Append(CellOf(rows[r][c], $"{(char)('A' + c)}{r + 1}", strings.SharedStringTable, index));
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Export" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell CellOf(object value, string reference, SharedStringTable strings, Dictionary<string, int> index)
    {
        if (value is double number)
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(number) };
        }

        var text = (string)value;
        if (!index.TryGetValue(text, out var at))
        {
            at = index[text] = index.Count;
            strings.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(at) };
    }
}
