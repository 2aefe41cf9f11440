namespace UprSite.Core.Model;

/// <summary>The civil-society coalition that publishes the site.</summary>
/// <param name="Logo">The path of its logo under assets/ (input/ or the theme), for the footer and the PDFs; null: none.</param>
public sealed record Coalition(LocalizedText Name, IReadOnlyList<CoalitionMember> Members, string? Contact, string? Logo = null);
