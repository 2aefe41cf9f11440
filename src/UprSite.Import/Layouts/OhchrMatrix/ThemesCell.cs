namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// A "Full list of themes" cell: one theme a line ("A12 Acceptance of international norms"), then optionally
/// "Affected persons:" and one "- " item a line.
/// </summary>
public sealed record ThemesCell(IReadOnlyList<MatrixTheme> Themes, IReadOnlyList<string> AffectedPersons)
{
    public static ThemesCell Empty { get; } = new([], []);

    public static ThemesCell Read(IReadOnlyList<string> lines)
    {
        var themes = new List<MatrixTheme>();
        var affected = new List<string>();
        var inAffected = false;
        foreach (var line in lines)
        {
            if (CellLabels.After(line, CellLabels.AffectedPersons) is { } first)
            {
                inAffected = true;
                if (first.Length > 0)
                {
                    affected.Add(CellLabels.ListItem(first) ?? first);
                }
            }
            else if (inAffected)
            {
                affected.Add(CellLabels.ListItem(line) ?? line);
            }
            else if (CellLabels.After(line, "theme") is { } named)
            {
                AddTheme(themes, named);
            }
            else
            {
                AddTheme(themes, line);
            }
        }

        return new ThemesCell(themes, affected);
    }

    /// <summary>An "Affected persons" column of its own: one item a line, bullets removed.</summary>
    public static IReadOnlyList<string> ReadItems(IReadOnlyList<string> lines) =>
        lines.Select(l => CellLabels.After(l, CellLabels.AffectedPersons) ?? l)
            .Select(l => CellLabels.ListItem(l) ?? l)
            .Where(l => l.Length > 0)
            .ToList();

    private static void AddTheme(List<MatrixTheme> themes, string line)
    {
        var theme = MatrixTheme.Parse(line);
        if (theme.Name.Length > 0 || theme.Code is not null)
        {
            themes.Add(theme);
        }
    }
}
