namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// A "Full list of themes" cell (later: "Human rights themes and groups of persons"): one theme a line ("A12
/// Acceptance of international norms", "- Enforced disappearances"), then optionally "SDGs:" and
/// "Affected persons:" (later "Groups of Persons:"), each followed by one "- " item a line.
/// </summary>
public sealed record ThemesCell(IReadOnlyList<MatrixTheme> Themes, IReadOnlyList<string> AffectedPersons, IReadOnlyList<string> Sdgs)
{
    public static ThemesCell Empty { get; } = new([], [], []);

    private enum Part
    {
        Themes,
        Sdgs,
        AffectedPersons,
    }

    public static ThemesCell Read(IReadOnlyList<string> lines)
    {
        var themes = new List<MatrixTheme>();
        var affected = new List<string>();
        var sdgs = new List<string>();
        var part = Part.Themes;
        foreach (var line in lines)
        {
            if (CellLabels.AfterAffectedPersons(line) is { } firstPerson)
            {
                part = Part.AffectedPersons;
                AddItem(affected, firstPerson);
            }
            else if (CellLabels.After(line, CellLabels.Sdgs) is { } firstSdg)
            {
                part = Part.Sdgs;
                AddItem(sdgs, firstSdg);
            }
            else if (part == Part.AffectedPersons)
            {
                AddItem(affected, line);
            }
            else if (part == Part.Sdgs)
            {
                AddItem(sdgs, line);
            }
            else
            {
                AddTheme(themes, CellLabels.After(line, "theme") ?? line);
            }
        }

        return new ThemesCell(themes, affected, sdgs.Select(SdgItem.Number).ToList());
    }

    /// <summary>A column of its own (affected persons, relevant SDGs): one item a line, bullets and its label removed.</summary>
    public static IReadOnlyList<string> ReadItems(IReadOnlyList<string> lines) =>
        lines.Select(l => CellLabels.AfterAffectedPersons(l) ?? CellLabels.After(l, CellLabels.Sdgs) ?? l)
            .Select(l => CellLabels.ListItem(l) ?? l)
            .Where(l => l.Length > 0)
            .ToList();

    private static void AddItem(List<string> items, string line)
    {
        var item = CellLabels.ListItem(line) ?? line.Trim();
        if (item.Length > 0)
        {
            items.Add(item);
        }
    }

    private static void AddTheme(List<MatrixTheme> themes, string line)
    {
        var theme = MatrixTheme.Parse(line);
        if (theme.Name.Length > 0 || theme.Code is not null)
        {
            themes.Add(theme);
        }
    }
}
