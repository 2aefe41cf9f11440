namespace UprSite.Build.Pages.Models;

/// <summary>The site as layouts see it, in the language of the page being rendered.</summary>
public sealed record SiteView(
    string Title,
    string? Description,
    string BaseUrl,
    IReadOnlyList<LanguageView> Languages,
    string CoalitionName,
    IReadOnlyList<MemberView> CoalitionMembers,
    string? Contact,
    IReadOnlyList<LinkView> Nav)
{
    /// <summary>The logo's path under assets/ (for <c>href</c>), or null.</summary>
    public string? CoalitionLogo { get; init; }
}
