namespace UprSite.Core.Model;

/// <summary>One review of a State under Review (one UPR cycle).</summary>
public sealed record Review(
    int Cycle,
    int? Session,
    DateOnly? Date,
    IReadOnlyList<string> Troika,
    string? ReportSymbol,
    string? AddendumSymbol,
    DeclaredTotals? Declared);
