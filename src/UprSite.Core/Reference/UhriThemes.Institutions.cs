namespace UprSite.Core.Reference;

public static partial class UhriThemes
{
    /// <summary>
    /// Themes A (scope of international obligations, institutions, education, context) and B (cross-cutting issues), as
    /// OHCHR's matrix of China's second review codes them; French and Khmer names are this project's translations.
    /// </summary>
    private static List<UhriTheme> Institutions() =>
    [
        new("A12", "Acceptance of international norms", "Acceptation des normes internationales", "ការទទួលយកបទដ្ឋានអន្តរជាតិ"),
        new("A22", "Cooperation with treaty bodies", "Coopération avec les organes conventionnels", "កិច្ចសហប្រតិបត្តិការជាមួយស្ថាប័នសន្ធិសញ្ញា"),
        new("A24", "Cooperation with special procedures", "Coopération avec les procédures spéciales", "កិច្ចសហប្រតិបត្តិការជាមួយនីតិវិធីពិសេស"),
        new("A27", "Follow-up to Universal Periodic Review (UPR)", "Suivi de l'Examen périodique universel (EPU)",
            "ការតាមដានលទ្ធផលនៃការត្រួតពិនិត្យតាមកាលកំណត់ជាសកល (UPR)"),
        new("A28", "Cooperation with other international mechanisms and institutions",
            "Coopération avec d'autres mécanismes et institutions internationaux", "កិច្ចសហប្រតិបត្តិការជាមួយយន្តការ និងស្ថាប័នអន្តរជាតិផ្សេងទៀត"),
        new("A3", "Inter-State cooperation & development assistance", "Coopération entre États et aide au développement",
            "កិច្ចសហប្រតិបត្តិការរវាងរដ្ឋ និងជំនួយអភិវឌ្ឍន៍"),
        new("A41", "Constitutional and legislative framework", "Cadre constitutionnel et législatif", "ក្របខ័ណ្ឌរដ្ឋធម្មនុញ្ញ និងច្បាប់"),
        new("A42", "Institutions & policies - General", "Institutions et politiques - généralités", "ស្ថាប័ន និងគោលនយោបាយ - ទូទៅ"),
        new("A45", "National Human Rights Institution (NHRI)", "Institution nationale des droits de l'homme (INDH)", "ស្ថាប័នជាតិសិទ្ធិមនុស្ស"),
        new("A46", "National Plans of Action on Human Rights (or specific areas)",
            "Plans d'action nationaux pour les droits de l'homme (ou pour des domaines particuliers)",
            "ផែនការសកម្មភាពជាតិស្តីពីសិទ្ធិមនុស្ស (ឬលើវិស័យជាក់លាក់)"),
        new("A47", "Good governance", "Bonne gouvernance", "អភិបាលកិច្ចល្អ"),
        new("A5", "Human rights education, trainings and awareness raising", "Éducation, formation et sensibilisation aux droits de l'homme",
            "ការអប់រំ ការបណ្តុះបណ្តាល និងការលើកកម្ពស់ការយល់ដឹងអំពីសិទ្ធិមនុស្ស"),
        new("A51", "Human rights education - general", "Éducation aux droits de l'homme - généralités", "ការអប់រំសិទ្ធិមនុស្ស - ទូទៅ"),
        new("A53", "Professional training in human rights", "Formation professionnelle aux droits de l'homme", "ការបណ្តុះបណ្តាលវិជ្ជាជីវៈអំពីសិទ្ធិមនុស្ស"),
        new("A54", "Awareness raising and dissemination", "Sensibilisation et diffusion", "ការលើកកម្ពស់ការយល់ដឹង និងការផ្សព្វផ្សាយ"),
        new("A6", "Context, statistics, budget, civil society", "Contexte, statistiques, budget, société civile", "បរិបទ ស្ថិតិ ថវិកា និងសង្គមស៊ីវិល"),
        new("A61", "Cooperation with civil society", "Coopération avec la société civile", "កិច្ចសហប្រតិបត្តិការជាមួយសង្គមស៊ីវិល"),
        new("A62", "Statistics and indicators", "Statistiques et indicateurs", "ស្ថិតិ និងសូចនាករ"),
        new("A63", "Budget and resources (for human rights implementation)", "Budget et ressources (pour la mise en œuvre des droits de l'homme)",
            "ថវិកា និងធនធាន (សម្រាប់ការអនុវត្តសិទ្ធិមនុស្ស)"),
        new("B11", "International humanitarian law", "Droit international humanitaire", "ច្បាប់មនុស្សធម៌អន្តរជាតិ"),
        new("B31", "Equality & non-discrimination", "Égalité et non-discrimination", "សមភាព និងការមិនរើសអើង"),
        new("B32", "Racial discrimination", "Discrimination raciale", "ការរើសអើងជាតិសាសន៍"),
        new("B41", "Right to development", "Droit au développement", "សិទ្ធិទទួលបានការអភិវឌ្ឍ"),
        new("B51", "Right to an effective remedy", "Droit à un recours effectif", "សិទ្ធិទទួលបានដំណោះស្រាយប្រកបដោយប្រសិទ្ធភាព"),
        new("B53", "Support to victims and witnesses", "Soutien aux victimes et aux témoins", "ការគាំទ្រជនរងគ្រោះ និងសាក្សី"),
        new("B71", "Human rights and the environment", "Droits de l'homme et environnement", "សិទ្ធិមនុស្ស និងបរិស្ថាន"),
        new("B8", "Human rights & counter-terrorism", "Droits de l'homme et lutte antiterroriste", "សិទ្ធិមនុស្ស និងការប្រឆាំងភេរវកម្ម"),
    ];
}
