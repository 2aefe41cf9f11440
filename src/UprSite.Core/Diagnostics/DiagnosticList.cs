namespace UprSite.Core.Diagnostics;

/// <summary>The diagnostics a stage collects; stages append, the caller decides whether to go on.</summary>
public sealed class DiagnosticList
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>
    /// Sorted by file, line and column so that output is the same from run to run; a layout error met on every page
    /// that uses the layout is listed once.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct().OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
