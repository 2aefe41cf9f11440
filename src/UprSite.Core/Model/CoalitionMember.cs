namespace UprSite.Core.Model;

/// <summary>A member organisation of the coalition, as site.yml names and describes it.</summary>
/// <param name="Name">Its name per language; a name written once is under "*" and taken as written in the site's default language.</param>
/// <param name="Description">What it does, per language (or under "*"); empty when site.yml gives none.</param>
public sealed record CoalitionMember(LocalizedText Name, LocalizedText Description);
