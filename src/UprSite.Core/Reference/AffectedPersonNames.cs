namespace UprSite.Core.Reference;

/// <summary>
/// The names of the groups of affected persons that sources give (<see cref="AffectedPersonGroups"/>) in French and
/// Khmer, this project's translations (the Khmer ones need native review): DIHR's twelve Keywords labels, then the
/// labels of OHCHR's matrices and the Universal Human Rights Index as the matrix of China's second review writes them.
/// A label is found folded (case, accents, punctuation); one the table does not hold is shown as the source writes it,
/// marked as English.
/// </summary>
public static class AffectedPersonNames
{
    public static IReadOnlyList<AffectedPersonName> All { get; } =
    [
        // DIHR's Keywords labels.
        new(["Refugees and asylum-seekers"], "Réfugiés et demandeurs d'asile", "ជនភៀសខ្លួន និងអ្នកសុំសិទ្ធិជ្រកកោន"),
        new(["Internally displaced persons"], "Personnes déplacées dans leur propre pays", "ជនផ្លាស់ទីលំនៅក្នុងប្រទេស"),
        new(["Persons with disabilities"], "Personnes handicapées", "ជនមានពិការភាព"),
        new(["Human rights defenders"], "Défenseurs des droits de l'homme", "អ្នកការពារសិទ្ធិមនុស្ស"),
        new(["Members of minorities"], "Membres de minorités", "សមាជិកនៃក្រុមជនជាតិភាគតិច"),
        new(["Indigenous peoples"], "Peuples autochtones", "ជនជាតិដើមភាគតិច"),
        new(["Women and girls"], "Femmes et filles", "ស្ត្រី និងក្មេងស្រី"),
        new(["Older persons"], "Personnes âgées", "មនុស្សចាស់"),
        new(["Children"], "Enfants", "កុមារ"),
        new(["Migrants"], "Migrants", "ជនចំណាកស្រុក"),
        new(["LGBTI"], "Personnes LGBTI", "មនុស្ស LGBTI"),
        new(["Youth"], "Jeunes", "យុវជន"),

        // OHCHR matrices and UHRI ("Affected persons:").
        new(["general"], "Toutes les personnes", "មនុស្សទូទៅ"),
        new(["minorities/ racial, ethnic, linguistic, religious or descent-based groups"],
            "Minorités / groupes raciaux, ethniques, linguistiques, religieux ou fondés sur l'ascendance",
            "ជនជាតិភាគតិច / ក្រុមពូជសាសន៍ ជាតិពន្ធុ ភាសា សាសនា ឬផ្អែកលើដើមកំណើត"),
        new(["women"], "Femmes", "ស្ត្រី"),
        new(["girls"], "Filles", "ក្មេងស្រី"),
        new(["children in street situations"], "Enfants des rues", "កុមារនៅតាមដងផ្លូវ"),
        new(["persons living in rural areas"], "Personnes vivant en milieu rural", "អ្នករស់នៅតំបន់ជនបទ"),
        new(["persons deprived of their liberty"], "Personnes privées de liberté", "ជនដែលត្រូវបានដកហូតសេរីភាព"),
        new(["persons living in poverty"], "Personnes vivant dans la pauvreté", "អ្នករស់នៅក្នុងភាពក្រីក្រ"),
        new(["judges, lawyers and prosecutors"], "Juges, avocats et procureurs", "ចៅក្រម មេធាវី និងព្រះរាជអាជ្ញា"),
        new(["media"], "Médias", "ប្រព័ន្ធផ្សព្វផ្សាយ"),
        new(["disappeared persons"], "Personnes disparues", "ជនដែលបាត់ខ្លួន"),
        new(["public officials"], "Agents publics", "មន្ត្រីសាធារណៈ"),
        new(["law enforcement / police officials"], "Responsables de l'application des lois / policiers", "មន្ត្រីអនុវត្តច្បាប់ / ប៉ូលិស"),
        new(["prison officials"], "Personnel pénitentiaire", "មន្ត្រីពន្ធនាគារ"),
        new(["persons living with HIV/AIDS"], "Personnes vivant avec le VIH/sida", "អ្នករស់នៅជាមួយមេរោគហ៊ីវ/ជំងឺអេដស៍"),
        new(["persons affected by armed conflict"], "Personnes touchées par un conflit armé", "ជនរងផលប៉ះពាល់ដោយជម្លោះប្រដាប់អាវុធ"),
        new(["lesbian, gay, bisexual, transgender and intersex persons (LGBTI)"],
            "Personnes lesbiennes, gays, bisexuelles, transgenres et intersexes (LGBTI)",
            "អ្នកស្រឡាញ់ភេទដូចគ្នា ភេទទាំងពីរ អ្នកប្ដូរភេទ និងអន្តរភេទ (LGBTI)"),
    ];

    private static Dictionary<string, AffectedPersonName> ByLabel => field ??=
        All.SelectMany(g => g.EnglishLabels.Select(label => (Label: NameFolding.Fold(label), Group: g)))
            .ToDictionary(p => p.Label, p => p.Group, StringComparer.Ordinal);

    public static AffectedPersonName? Find(string label) => ByLabel.GetValueOrDefault(NameFolding.Fold(label));

    /// <summary>
    /// The group in the page's language; on English pages as the source writes it; elsewhere the source's label,
    /// marked English, when the table does not hold it.
    /// </summary>
    public static ThemeName Name(string label, string language) =>
        language == "en" ? new ThemeName(label, null)
        : Find(label)?.Name(language) is { } name ? new ThemeName(name, null)
        : new ThemeName(label, "en");
}
