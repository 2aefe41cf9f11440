using UprSite.Core.Vocabulary;

namespace UprSite.Core.Recommendations;

/// <summary>
/// One recommendation from one recommending State to the State under Review (UPR Info's counting: a joint
/// recommendation is one row per co-sponsor).
/// </summary>
/// <param name="Id">Stable id, given or derived (document + paragraph + State, else session + State + text hash).</param>
/// <param name="RegionalGroup">UN regional group of the recommending State, when the export gives it.</param>
/// <param name="Source">Where the row was read (file and 1-based row), for diagnostics.</param>
public sealed record Recommendation(
    string Id,
    int Cycle,
    int? Session,
    string StateUnderReview,
    string RecommendingState,
    string? RegionalGroup,
    string Text,
    Response Response,
    IReadOnlyList<string> Issues,
    ActionCategory? ActionCategory,
    string? Document,
    string? Paragraph,
    IReadOnlyList<string> Sdgs,
    RowRef Source)
{
    /// <summary>
    /// True when the source did not code the action category and it was computed from the recommendation's first
    /// verb (<see cref="ActionCategoryClassifier"/>): pages and downloads mark it as estimated.
    /// </summary>
    public bool ActionCategoryEstimated { get; init; }

    /// <summary>Themes the source names (UHRI themes, a matrix's "Full list of themes"), as written.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>
    /// The cluster a matrix lists the paragraph under (its "Theme: …" row, e.g. "A12 Acceptance of international
    /// norms"), kept apart from <see cref="Themes"/> so that the output matrix groups as the source did; null when the
    /// source has no clusters.
    /// </summary>
    public string? Cluster { get; init; }

    /// <summary>Groups of persons the source says the recommendation concerns ("women", "children").</summary>
    public IReadOnlyList<string> AffectedPersons { get; init; } = [];

    /// <summary>A matrix's "Assessment/comments on level of implementation" cell; null when the source has none.</summary>
    public string? Assessment { get; init; }

    /// <summary>
    /// Where <see cref="Session"/> comes from: the source, or derived from the reference data where the source gives
    /// none (<see cref="Reference.RowSessions"/>); downloads mark derived sessions.
    /// </summary>
    public Reference.SessionOrigin SessionOrigin { get; init; }

    /// <summary>
    /// The ids of other rows of this State for this paragraph that this row stands for (clauses a source lists apart),
    /// so that a rating naming any of them rates this recommendation by State.
    /// </summary>
    public IReadOnlyList<string> JoinedIds { get; init; } = [];

    private readonly string? _key;

    /// <summary>
    /// The recommendation (paragraph) this row belongs to: rows of co-sponsors of one paragraph share it
    /// (<see cref="RecommendationKey"/>); a row built without one is a recommendation of its own.
    /// </summary>
    public string Key { get => _key ?? Id; init => _key = value; }
}
