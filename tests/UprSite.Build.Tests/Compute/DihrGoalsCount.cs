namespace UprSite.Build.Tests.Compute;

/// <summary>
/// The oracle of <see cref="DihrSdgBreakdownTests"/>, counted without the code under test: the workbook is read
/// with the Open XML SDK (not the project's XlsxTableReader), columns are found by their header text, and each
/// Goals cell is tested with plain string searches for "N. " at its start or after a comma (not the DIHR layout's
/// regular expression, not SdgGoalLabels).
/// </summary>
public sealed record DihrGoalsCount(int Rows, int Linked, int NoLinkCells, IReadOnlyDictionary<int, (int Received, int Supported, int Noted)> Goals)
{
    public static DihrGoalsCount Of(string path, string stateUnderReview, string cycle)
    {
        var goals = Enumerable.Range(1, 17).ToDictionary(n => n, _ => (0, 0, 0));
        int rows = 0, linked = 0, noLink = 0;
        foreach (var row in DihrWorkbookRows.Of(path, stateUnderReview, cycle))
        {
            rows++;
            var cell = row["Goals"].Replace(" ,", ",", StringComparison.Ordinal);
            noLink += cell == "No SDG link identified" ? 1 : 0;
            var numbers = Enumerable.Range(1, 17)
                .Where(n => cell.StartsWith($"{n}. ", StringComparison.Ordinal) || cell.Contains($",{n}. ", StringComparison.Ordinal)).ToList();
            linked += numbers.Count > 0 ? 1 : 0;
            var response = row["Response"];
            foreach (var n in numbers)
            {
                var (received, supported, noted) = goals[n];
                goals[n] = (received + 1, supported + (response == "Supported" ? 1 : 0), noted + (response == "Noted" ? 1 : 0));
            }
        }

        return new DihrGoalsCount(rows, linked, noLink, goals);
    }
}
