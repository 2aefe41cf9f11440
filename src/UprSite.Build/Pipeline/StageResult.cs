using UprSite.Core.Diagnostics;

namespace UprSite.Build.Pipeline;

/// <summary>What every stage returns: its output and the diagnostics it found. A stage reads nothing else.</summary>
public sealed record StageResult<T>(T Output, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
