namespace UprSite.Core.Model;

/// <summary>The civil-society coalition that publishes the site.</summary>
public sealed record Coalition(LocalizedText Name, IReadOnlyList<string> Members, string? Contact);
