namespace UprSite.Build.Pages.Models;

/// <summary>One recommendation row as the explorer, the State pages and the traffic-light table show it.</summary>
/// <param name="Anchor">Its id on its recommending State's page (rec-…).</param>
/// <param name="StateHref">Its recommending State's page; null for a source that is no State, which has none.</param>
/// <param name="StatusKey">fully-implemented, partially-implemented, not-implemented, no-information or not-assessed.</param>
/// <param name="Issues">Its issues' names in the page's language.</param>
/// <param name="IssuesKey">Its issues as the rows spell them, joined by '|', for the explorer's theme filter.</param>
/// <param name="TextLang">"en" on a page in another language: recommendation texts are the UN's English text.</param>
/// <param name="Themes">Its themes of the UN Human Rights Index as the source writes them (matrices, UHRI).</param>
/// <param name="ThemesKey">Those themes joined by '|', for the explorer's UHRI theme filter.</param>
/// <param name="CategoryKey">1 to 5, or "none".</param>
public sealed record RecommendationView(
    string Id,
    string Anchor,
    int CycleNumber,
    string Cycle,
    string? Session,
    string State,
    string StateSlug,
    string? StateHref,
    string Text,
    string ResponseKey,
    string Response,
    IReadOnlyList<string> Issues,
    string IssuesKey,
    IReadOnlyList<UprSite.Core.Reference.ThemeName> Themes,
    string ThemesKey,
    string CategoryKey,
    string Category,
    string? Reference,
    string StatusKey,
    string Status,
    string? Evidence,
    string? Source,
    string? Assessed,
    string? AssessedIso,
    IReadOnlyList<string> IssueKeys,
    string? TextLang);
