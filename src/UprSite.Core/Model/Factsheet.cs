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
    RenderedMarkdown Body,
    SourceRef Source)
{
    /// <summary>The body found by heading: context, questions, recommendations (empty until parsed).</summary>
    public FactsheetSections Sections { get; init; } = FactsheetSections.Empty;

    /// <summary>Where each front matter issue was written (1-based line, column), for diagnostics; empty when unknown.</summary>
    public IReadOnlyList<SourcePosition> IssuePositions { get; init; } = [];

    /// <summary>How many words the body holds (see <see cref="FactsheetLength"/>), for the two-page estimate.</summary>
    public int WordCount { get; init; }
}
