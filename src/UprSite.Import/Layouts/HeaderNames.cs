namespace UprSite.Import.Layouts;

/// <summary>Header cells compared loosely: case, surrounding spaces, and ' ' or '-' for '_' do not matter.</summary>
public static class HeaderNames
{
    public static string Normalise(string name) =>
        string.Join('_', name.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The header without trailing empty cells (spreadsheets often leave some).</summary>
    public static IReadOnlyList<string> Trimmed(IReadOnlyList<string> header)
    {
        var count = header.Count;
        while (count > 0 && string.IsNullOrWhiteSpace(header[count - 1]))
        {
            count--;
        }

        return header.Take(count).ToList();
    }

    /// <summary>Splits a joined list on ';' or ',', keeping each part's column.</summary>
    public static IReadOnlyList<Cell> SplitList(Cell? cell, params char[] separators)
    {
        if (cell is null || cell.IsEmpty)
        {
            return [];
        }

        return cell.Value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => new Cell(part, cell.Column))
            .ToList();
    }
}
