using UprSite.Core.Factsheets;

namespace UprSite.Core.Model;

/// <summary>One advocacy factsheet in one language; translations share the country and the slug.</summary>
public sealed record Factsheet(
    string CountryCode,
    string Slug,
    string Language,
    string Title,
    IReadOnlyList<string> Issues,
    int? Review,
    IReadOnlyList<int> Sdgs,
    Contact? Contact,
    DateOnly? Updated,
    MarkdownBody Body,
    SourceRef Source)
{
    /// <summary>The body found by heading: context, questions, recommendations (empty until parsed).</summary>
    public FactsheetSections Sections { get; init; } = FactsheetSections.Empty;

    /// <summary>Where each front matter issue was written (1-based line, column), for diagnostics; empty when unknown.</summary>
    public IReadOnlyList<SourcePosition> IssuePositions { get; init; } = [];

    /// <summary>How many words the body holds (see <see cref="FactsheetLength"/>), for the two-page estimate.</summary>
    public int WordCount { get; init; }

    /// <summary>From front matter <c>description:</c>: the page's meta description and share text; null when not given.</summary>
    public string? Description { get; init; }

    /// <summary>The first paragraph's text, shortened (<see cref="Text.Excerpt"/>); null when the body has no paragraph.</summary>
    public string? Excerpt { get; init; }

    /// <summary>Where <c>draft: true</c> was written; null when the factsheet is not a draft.</summary>
    public SourcePosition? Draft { get; init; }

    /// <summary>Where the text <c>uprsite new factsheet</c> wrote as placeholders is still in the file, unreplaced.</summary>
    public IReadOnlyList<SourcePosition> Placeholders { get; init; } = [];
}
