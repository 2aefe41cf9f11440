namespace UprSite.Core.Diagnostics;

/// <summary>One entry of the documented list of diagnostic codes (docs/diagnostics.md).</summary>
public sealed record DiagnosticCode(string Id, string Title);
