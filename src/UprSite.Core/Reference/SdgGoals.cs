namespace UprSite.Core.Reference;

/// <summary>The 17 Sustainable Development Goals of the 2030 Agenda (A/RES/70/1), by short name.</summary>
public static class SdgGoals
{
    public static IReadOnlyList<SdgGoal> All { get; } =
    [
        new(1, "No poverty", "Pas de pauvreté", "គ្មានភាពក្រីក្រ"),
        new(2, "Zero hunger", "Faim « zéro »", "គ្មានភាពអត់ឃ្លាន"),
        new(3, "Good health and well-being", "Bonne santé et bien-être", "សុខភាពល្អ និងសុខុមាលភាព"),
        new(4, "Quality education", "Éducation de qualité", "ការអប់រំប្រកបដោយគុណភាព"),
        new(5, "Gender equality", "Égalité entre les sexes", "សមភាពយេនឌ័រ"),
        new(6, "Clean water and sanitation", "Eau propre et assainissement", "ទឹកស្អាត និងអនាម័យ"),
        new(7, "Affordable and clean energy", "Énergie propre et d'un coût abordable", "ថាមពលស្អាត និងមានតម្លៃសមរម្យ"),
        new(8, "Decent work and economic growth", "Travail décent et croissance économique", "ការងារសមរម្យ និងកំណើនសេដ្ឋកិច្ច"),
        new(9, "Industry, innovation and infrastructure", "Industrie, innovation et infrastructure",
            "ឧស្សាហកម្ម នវានុវត្តន៍ និងហេដ្ឋារចនាសម្ព័ន្ធ"),
        new(10, "Reduced inequalities", "Inégalités réduites", "ការកាត់បន្ថយវិសមភាព"),
        new(11, "Sustainable cities and communities", "Villes et communautés durables", "ទីក្រុង និងសហគមន៍ប្រកបដោយចីរភាព"),
        new(12, "Responsible consumption and production", "Consommation et production responsables",
            "ការប្រើប្រាស់ និងផលិតកម្មប្រកបដោយការទទួលខុសត្រូវ"),
        new(13, "Climate action", "Mesures relatives à la lutte contre les changements climatiques", "សកម្មភាពអាកាសធាតុ"),
        new(14, "Life below water", "Vie aquatique", "ជីវិតក្រោមទឹក"),
        new(15, "Life on land", "Vie terrestre", "ជីវិតលើដី"),
        new(16, "Peace, justice and strong institutions", "Paix, justice et institutions efficaces", "សន្តិភាព យុត្តិធម៌ និងស្ថាប័នរឹងមាំ"),
        new(17, "Partnerships for the goals", "Partenariats pour la réalisation des objectifs", "ភាពជាដៃគូដើម្បីសម្រេចគោលដៅ"),
    ];

    /// <summary>The goal with this number (1–17); null otherwise.</summary>
    public static SdgGoal? Find(int number) => number is >= 1 and <= 17 ? All[number - 1] : null;
}
