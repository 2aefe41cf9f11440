using System.Globalization;

namespace UprSite.Core.Diagnostics;

/// <summary>A user mistake found in the input, reported in the MSBuild form <c>file(line,col): error UPR0101: …</c>.</summary>
/// <param name="Line">1-based; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based; 0 when unknown.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string File, int Line = 0, int Column = 0)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(DiagnosticCode code, string message, string file, int line = 0, int column = 0) =>
        new(Severity.Error, code.Id, message, file, line, column);

    public static Diagnostic Warning(DiagnosticCode code, string message, string file, int line = 0, int column = 0) =>
        new(Severity.Warning, code.Id, message, file, line, column);

    public static Diagnostic Info(DiagnosticCode code, string message, string file, int line = 0, int column = 0) =>
        new(Severity.Info, code.Id, message, file, line, column);

    public override string ToString()
    {
        var location = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Math.Max(Column, 1)})")
            : File;
        var severity = Severity switch { Severity.Error => "error", Severity.Info => "info", _ => "warning" };
        return $"{location}: {severity} {Code}: {Message}";
    }
}
