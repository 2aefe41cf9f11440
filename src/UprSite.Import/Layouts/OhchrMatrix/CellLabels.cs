using UprSite.Core.Reference;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>The labelled lines matrices put inside cells ("Source of position: …", "Affected persons:").</summary>
public static class CellLabels
{
    public const string SourceOfPosition = "source of position";
    public const string AffectedPersons = "affected persons";
    public const string GroupsOfPersons = "groups of persons";
    public const string Sdgs = "sdgs";
    public const string RecommendingStates = "recommending state";

    /// <summary>
    /// The text after the label when <paramref name="line"/> opens with it ("Affected persons: women" → "women");
    /// null when the line does not.
    /// </summary>
    public static string? After(string line, string label)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || colon > 40)
        {
            return null;
        }

        var name = NameFolding.Fold(line[..colon]);
        return name.StartsWith(label, StringComparison.Ordinal) ? line[(colon + 1)..].Trim() : null;
    }

    /// <summary>A line opening the list of affected persons: "Affected persons:" or, in later matrices, "Groups of Persons:".</summary>
    public static string? AfterAffectedPersons(string line) => After(line, AffectedPersons) ?? After(line, GroupsOfPersons);

    /// <summary>A list item ("- general", "• women"), without its bullet; null when the line is not one.</summary>
    public static string? ListItem(string line) =>
        line.Length > 1 && line[0] is '-' or '–' or '•' or '·' ? line[1..].Trim() : null;
}
