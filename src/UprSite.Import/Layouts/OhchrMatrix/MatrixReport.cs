using UprSite.Core.Diagnostics;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// Diagnostics of one matrix, located at a table row (line = the row's number counted through the document's tables,
/// column = the grid column); when the document has several tables the message names the table.
/// </summary>
public sealed class MatrixReport(string file, DiagnosticList diagnostics, bool severalTables)
{
    public string File => file;

    public void Add(Severity severity, DiagnosticCode code, int table, int row, int column, string message)
    {
        var text = severalTables && table > 0 ? $"table {table}: {message}" : message;
        diagnostics.Add(new Diagnostic(severity, code.Id, text, file, row, column));
    }

    public void Error(DiagnosticCode code, int table, int row, int column, string message) =>
        Add(Severity.Error, code, table, row, column, message);

    public void Warning(DiagnosticCode code, int table, int row, int column, string message) =>
        Add(Severity.Warning, code, table, row, column, message);

    public void Info(DiagnosticCode code, int table, int row, int column, string message) =>
        Add(Severity.Info, code, table, row, column, message);
}
