namespace UprSite.Core.Model;

/// <summary>A 1-based line and column in a source file.</summary>
public sealed record SourcePosition(int Line, int Column);
