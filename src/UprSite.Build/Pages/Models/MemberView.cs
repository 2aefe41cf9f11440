namespace UprSite.Build.Pages.Models;

/// <summary>A member organisation of the coalition in the page's language (site.view.coalition_members).</summary>
/// <param name="NameLang">The language the name is written in when it is not the page's (for a lang attribute); null when it is.</param>
/// <param name="Description">What the organisation does; null when site.yml gives nothing.</param>
public sealed record MemberView(string Name, string? NameLang, string? Description, string? DescriptionLang);
