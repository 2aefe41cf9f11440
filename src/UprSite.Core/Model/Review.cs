namespace UprSite.Core.Model;

/// <summary>One review of a State under Review (one UPR cycle).</summary>
public sealed record Review(
    int Cycle,
    int? Session,
    DateOnly? Date,
    IReadOnlyList<string> Troika,
    string? ReportSymbol,
    string? AddendumSymbol,
    DeclaredTotals? Declared)
{
    /// <summary>The stakeholders' submissions to this review; null when country.yml does not give them.</summary>
    public StakeholderSubmissions? Submissions { get; init; }
}
