namespace UprSite.Core.Reference;

/// <summary>
/// The two vocabularies of affected persons the sources use: DIHR's twelve groups (its exports' <c>Keywords</c>) and
/// the Universal Human Rights Index's finer list (OHCHR matrices, UHRI exports: "women", "girls", "minorities/ racial,
/// ethnic, …"). Where a country's rows use both, a UHRI label that falls within one of DIHR's groups is counted under
/// that group, so that "women" and "Women and girls" are not two bars each holding part of the count.
/// </summary>
public static class AffectedPersonGroups
{
    /// <summary>DIHR's groups, as its exports write them (upr1.xlsx and upr2.xlsx).</summary>
    public static IReadOnlyList<string> Dihr { get; } =
    [
        "Women and girls", "Children", "Youth", "Older persons", "Persons with disabilities", "Members of minorities",
        "Indigenous peoples", "Migrants", "Refugees and asylum-seekers", "Internally displaced persons", "LGBTI",
        "Human rights defenders",
    ];

    // DIHR capitalises its groups and UHRI writes its labels in lower case: "persons with disabilities" is UHRI's.
    private static readonly HashSet<string> DihrLabels = new(Dihr, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> WithinDihrGroup = new(StringComparer.OrdinalIgnoreCase)
    {
        ["women"] = "Women and girls",
        ["girls"] = "Women and girls",
        ["rural women"] = "Women and girls",
        ["children"] = "Children",
        ["children in street situations"] = "Children",
        ["youth"] = "Youth",
        ["older persons"] = "Older persons",
        ["persons with disabilities"] = "Persons with disabilities",
        ["minorities/ racial, ethnic, linguistic, religious or descent-based groups"] = "Members of minorities",
        ["indigenous peoples"] = "Indigenous peoples",
        ["migrants"] = "Migrants",
        ["refugees & asylum seekers"] = "Refugees and asylum-seekers",
        ["internally displaced persons"] = "Internally displaced persons",
        ["lesbian, gay, bisexual, transgender and intersex persons (LGBTI)"] = "LGBTI",
        ["human rights defenders"] = "Human rights defenders",
    };

    /// <summary>True when <paramref name="label"/> is one of DIHR's groups, as DIHR writes it.</summary>
    public static bool IsDihrGroup(string label) => DihrLabels.Contains(label.Trim());

    /// <summary>True when <paramref name="label"/> is a UHRI label that falls within one of DIHR's groups.</summary>
    public static bool FallsWithinDihrGroup(string label) => WithinDihrGroup.ContainsKey(label.Trim()) && !IsDihrGroup(label);

    /// <summary>DIHR's group for a UHRI label that falls within one, else the label as written.</summary>
    public static string InDihrGroups(string label) => WithinDihrGroup.GetValueOrDefault(label.Trim(), label);
}
