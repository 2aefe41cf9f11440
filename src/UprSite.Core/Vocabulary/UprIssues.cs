namespace UprSite.Core.Vocabulary;

/// <summary>The 54 issues (themes) of the UPR Info database, spelt as exports spell them (DESIGN §7).</summary>
public static class UprIssues
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Asylum-seekers - refugees", "CP rights - general", "Civil society", "Corruption", "Counter-terrorism",
        "Death penalty", "Detention", "Development", "Disabilities", "ESC rights - general", "Elections",
        "Enforced disappearances", "Environment", "Extrajudicial executions", "Freedom of association and peaceful assembly",
        "Freedom of movement", "Freedom of opinion and expression", "Freedom of religion and belief", "Freedom of the press",
        "General", "HIV - Aids", "Human rights defenders", "Human rights education and training",
        "Human rights violations by state agents", "Impunity", "Indigenous peoples", "Internally displaced persons",
        "International humanitarian law", "International instruments", "Justice", "Labour", "Migrants", "Minorities",
        "NHRI", "National plan of action", "Other", "Poverty", "Public security", "Racial discrimination",
        "Right to education", "Right to food", "Right to health", "Right to housing", "Right to land", "Right to water",
        "Rights of the Child", "Sexual Orientation and Gender Identity", "Special procedures",
        "Technical assistance and cooperation", "Torture and other CID treatment", "Trafficking", "Treaty bodies",
        "UPR process", "Women's rights",
    ];

    private static readonly Dictionary<string, string> ByLowerName =
        All.ToDictionary(i => i.ToLowerInvariant(), i => i, StringComparer.Ordinal);

    /// <summary>The issue's canonical spelling, matched ignoring case and surrounding spaces; null when unknown.</summary>
    public static string? Find(string name) => ByLowerName.GetValueOrDefault(name.Trim().ToLowerInvariant());

    /// <summary>What two issue names are compared by: the canonical spelling when known, else the name, in lower case.</summary>
    public static string Key(string name) => (Find(name) ?? name.Trim()).ToLowerInvariant();
}
