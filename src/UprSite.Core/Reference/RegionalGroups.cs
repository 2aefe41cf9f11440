namespace UprSite.Core.Reference;

/// <summary>Names of the UN regional groups per language, and the labels exports give them (UPR Info: Africa, Asia, EEG, GRULAC, WEOG).</summary>
public static class RegionalGroups
{
    private static readonly Dictionary<RegionalGroup, (string Label, string English, string French, string Khmer)> Names = new()
    {
        [RegionalGroup.African] = ("Africa", "African Group", "Groupe des États d'Afrique", "ក្រុមរដ្ឋអាហ្វ្រិក"),
        [RegionalGroup.AsiaPacific] = ("Asia", "Asia-Pacific Group", "Groupe des États d'Asie et du Pacifique", "ក្រុមរដ្ឋអាស៊ី និងប៉ាស៊ីហ្វិក"),
        [RegionalGroup.EasternEuropean] = ("EEG", "Eastern European Group", "Groupe des États d'Europe orientale", "ក្រុមរដ្ឋអឺរ៉ុបខាងកើត"),
        [RegionalGroup.LatinAmericanAndCaribbean] = ("GRULAC", "Latin American and Caribbean Group",
            "Groupe des États d'Amérique latine et des Caraïbes", "ក្រុមរដ្ឋអាមេរិកឡាទីន និងការ៉ាអ៊ីប"),
        [RegionalGroup.WesternEuropeanAndOthers] = ("WEOG", "Western European and others Group",
            "Groupe des États d'Europe occidentale et autres États", "ក្រុមរដ្ឋអឺរ៉ុបខាងលិច និងរដ្ឋផ្សេងទៀត"),
    };

    private static readonly (string Spelling, RegionalGroup Group)[] OtherSpellings =
    [
        ("African", RegionalGroup.African), ("Asia-Pacific", RegionalGroup.AsiaPacific), ("APG", RegionalGroup.AsiaPacific),
        ("Eastern European", RegionalGroup.EasternEuropean),
        ("Western European and other States", RegionalGroup.WesternEuropeanAndOthers),
    ];

    private static readonly Dictionary<string, RegionalGroup> ByFoldedLabel = Names
        .SelectMany(n => new[] { n.Value.Label, n.Value.English, n.Value.French, n.Value.Khmer }.Select(l => (Spelling: l, Group: n.Key)))
        .Concat(OtherSpellings)
        .ToDictionary(p => NameFolding.Fold(p.Spelling), p => p.Group, StringComparer.Ordinal);

    /// <summary>The short label UPR Info exports write: Africa, Asia, EEG, GRULAC, WEOG.</summary>
    public static string Label(RegionalGroup group) => Names[group].Label;

    /// <summary>The group's name in "en", "fr" or "km" (Khmer awaiting native review), else in English.</summary>
    public static string Name(RegionalGroup group, string language) => language switch
    {
        "fr" => Names[group].French,
        "km" => Names[group].Khmer,
        _ => Names[group].English,
    };

    /// <summary>The group a label or name stands for, compared folded; null when none ("Observer" included).</summary>
    public static RegionalGroup? FromLabel(string? label) =>
        ByFoldedLabel.TryGetValue(NameFolding.Fold(label), out var group) ? group : null;
}
