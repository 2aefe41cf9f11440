using System.Globalization;
using System.Text.RegularExpressions;
using UprSite.Core.Recommendations;
using UprSite.Core.Text;

namespace UprSite.Core.Reference;

/// <summary>
/// Reads the SDG labels sources write: a number ("16", "Goal 16", "16.10"), a number with the goal's name
/// ("16. Peace, justice and strong institutions", DIHR; "16 - Peace…", UHRI), or the name alone, in English or French
/// (compared after <see cref="NameFolding"/>). The number decides when both are given.
/// </summary>
public static partial class SdgGoalLabels
{
    /// <summary>What sources write for a recommendation they link to no goal (folded).</summary>
    private static readonly HashSet<string> NoLink = new(StringComparer.Ordinal)
    {
        "no sdg link identified", "no sdg link", "no sdg", "none", "n a", "aucun odd", "aucun lien avec les odd",
    };

    /// <summary>Names sources use besides the short names of <see cref="SdgGoals"/> (folded).</summary>
    private static readonly Dictionary<string, int> Variants = new(StringComparer.Ordinal)
    {
        ["reduce inequalities"] = 10, // DIHR's label for goal 10
        ["reduce inequality within and among countries"] = 10,
        ["industry innovation and infrastructure"] = 9,
    };

    public static SdgLabelResolution Resolve(string label)
    {
        var text = label.Trim();
        if (SdgCode.Normalise(text) is { } plain)
        {
            return new SdgLabelResolution(SdgLabelKind.Code, plain);
        }

        if (Numbered().Match(text) is { Success: true } numbered)
        {
            return SdgCode.Normalise(numbered.Groups[1].Value) is { } code
                ? new SdgLabelResolution(SdgLabelKind.Code, code)
                : new SdgLabelResolution(SdgLabelKind.NotACode);
        }

        if (NumberFirst().IsMatch(text))
        {
            return new SdgLabelResolution(SdgLabelKind.NotACode);
        }

        var folded = NameFolding.Fold(text);
        if (NoLink.Contains(folded))
        {
            return new SdgLabelResolution(SdgLabelKind.NoLink);
        }

        if (ByName(folded, text) is { } goal)
        {
            return new SdgLabelResolution(SdgLabelKind.Code, goal.Number.ToString(CultureInfo.InvariantCulture));
        }

        return new SdgLabelResolution(SdgLabelKind.Unknown, Nearest: Nearest(folded));
    }

    private static SdgGoal? ByName(string folded, string text)
    {
        if (Variants.TryGetValue(folded, out var variant))
        {
            return SdgGoals.Find(variant);
        }

        return SdgGoals.All.FirstOrDefault(g =>
            NameFolding.Fold(g.EnglishName) == folded || NameFolding.Fold(g.FrenchName) == folded || g.KhmerName == text);
    }

    private static SdgGoal? Nearest(string folded)
    {
        var names = SdgGoals.All.SelectMany(g => new[] { (NameFolding.Fold(g.EnglishName), g), (NameFolding.Fold(g.FrenchName), g) })
            .Concat(Variants.Select(v => (v.Key, SdgGoals.Find(v.Value)!)))
            .ToList();
        var nearest = NearestName.Find(folded, names.Select(n => n.Item1));
        return nearest is null ? null : names.First(n => n.Item1 == nearest).Item2;
    }

    // A number first, then a separator and the goal's words: "16. Peace…", "16 - Peace…", "Goal 16: Peace…", "16.10 Ensure…".
    [GeneratedRegex(@"^(?:(?:goal|sdg|target|objectif|odd)\s*)?([0-9]{1,3}(?:\.(?:[0-9]{1,3}|[a-z]))?)\.?(?:\s*[-–—:]\s*|\s+)\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:(?:goal|sdg|target|objectif|odd)\s*)?[0-9]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberFirst();
}
