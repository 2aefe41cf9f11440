namespace UprSite.Core.Recommendations;

/// <summary>
/// A commitment the State under Review made of its own accord (UPR Info's response "Voluntary Pledge"). It is no
/// recommendation: no State made it and nobody answered it, so it is kept apart and never counted with them.
/// </summary>
/// <param name="MadeBy">The State the source names in its recommending-State column (usually the State itself).</param>
public sealed record VoluntaryPledge(
    int Cycle,
    int? Session,
    string StateUnderReview,
    string MadeBy,
    string Text,
    IReadOnlyList<string> Issues,
    RowRef Source);
