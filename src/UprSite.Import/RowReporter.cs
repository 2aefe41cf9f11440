using UprSite.Core.Diagnostics;

namespace UprSite.Import;

/// <summary>Collects the diagnostics of one data file, each at its line and column.</summary>
public sealed class RowReporter(string file)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public void Error(DiagnosticCode code, string message, int line = 0, int column = 0)
    {
        _diagnostics.Add(Diagnostic.Error(code, message, File, line, column));
        ErrorCount++;
    }

    /// <summary>A diagnostic a reader made itself (the matrix reader), counted like the others.</summary>
    public void Add(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        ErrorCount += diagnostic.Severity == Severity.Error ? 1 : 0;
    }

    public void Warning(DiagnosticCode code, string message, int line = 0, int column = 0) =>
        _diagnostics.Add(Diagnostic.Warning(code, message, File, line, column));

    public void Info(DiagnosticCode code, string message, int line = 0, int column = 0) =>
        _diagnostics.Add(Diagnostic.Info(code, message, File, line, column));
}
