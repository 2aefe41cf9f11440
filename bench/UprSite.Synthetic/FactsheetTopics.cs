namespace UprSite.Synthetic;

/// <summary>The themes factsheets are written on, in this order (the first <c>--factsheets</c> of them per country).</summary>
public static class FactsheetTopics
{
    public static IReadOnlyList<FactsheetTopic> All { get; } =
    [
        Topic("land", ["Right to land", "Right to housing"], [1, 11], "Land and housing", "Terre et logement", "ដីធ្លី និងលំនៅដ្ឋាន"),
        Topic("civic-space", ["Freedom of association and peaceful assembly", "Human rights defenders"], [16],
            "Civic space", "Espace civique", "លំហពលរដ្ឋ"),
        Topic("labour", ["Labour"], [8], "Work and workers", "Le travail et les travailleurs", "ការងារ និងកម្មករ"),
        Topic("education", ["Right to education"], [4], "Schooling", "La scolarité", "ការសិក្សា"),
        Topic("health", ["Right to health"], [3], "Health care", "Les soins de santé", "ការថែទាំសុខភាព"),
        Topic("women", ["Women's rights"], [5], "Women's rights", "Les droits des femmes", "សិទ្ធិស្ត្រី"),
        Topic("justice", ["Justice", "Detention"], [16], "Courts and detention", "Justice et détention", "តុលាការ និងការឃុំខ្លួន"),
        Topic("children", ["Rights of the Child"], [4, 16], "Children", "Les enfants", "កុមារ"),
    ];

    private static FactsheetTopic Topic(string slug, string[] issues, int[] sdgs, string en, string fr, string km) =>
        new(slug, issues, sdgs, new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = en, ["fr"] = fr, ["km"] = km });
}
