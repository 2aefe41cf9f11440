using UprSite.Core.Diagnostics;
using UprSite.Build.Sources;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// What one stage made of each source file, with its diagnostics, for the next build: a file that is the same object
/// (unchanged bytes, <see cref="BuildMemory"/>) gives the same result object, so that the stages after it can tell by
/// reference that nothing of it changed. Only a stage that ran to its end (<see cref="End"/>) replaces what is kept.
/// </summary>
public sealed class FileMemo<T>
{
    private readonly Lock _lock = new();
    private Dictionary<SourceFile, (T Value, Diagnostic[] Diagnostics)> _kept = new(ReferenceEqualityComparer.Instance);
    private Dictionary<SourceFile, (T Value, Diagnostic[] Diagnostics)> _next = new(ReferenceEqualityComparer.Instance);

    /// <summary>Results taken from the previous build since the last <see cref="End"/>.</summary>
    public int Reused { get; private set; }

    private int _reused;

    public T Get(SourceFile file, DiagnosticList diagnostics, Func<DiagnosticList, T> make)
    {
        lock (_lock)
        {
            if (_kept.TryGetValue(file, out var kept))
            {
                _next[file] = kept;
                _reused++;
                diagnostics.AddRange(kept.Diagnostics);
                return kept.Value;
            }
        }

        var own = new DiagnosticList();
        var value = make(own);
        diagnostics.AddRange(own.Items);
        lock (_lock)
        {
            _next[file] = (value, [.. own.Items]);
        }

        return value;
    }

    public void End()
    {
        lock (_lock)
        {
            _kept = _next;
            _next = new(ReferenceEqualityComparer.Instance);
            Reused = _reused;
            _reused = 0;
        }
    }

    /// <summary>Forgets everything: the context the results were made in changed.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _kept = new(ReferenceEqualityComparer.Instance);
            _next = new(ReferenceEqualityComparer.Instance);
        }
    }
}
