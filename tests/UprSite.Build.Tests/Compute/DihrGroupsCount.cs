namespace UprSite.Build.Tests.Compute;

/// <summary>
/// The affected-persons oracle of <see cref="DihrSdgBreakdownTests"/>, counted without the code under test: the rows of
/// <see cref="DihrWorkbookRows"/>, each Keywords cell cut where a capital letter follows a small letter or opens a word
/// after a run of capitals ("LGBTIChildren"), not by the DIHR layout's list of labels.
/// </summary>
public sealed record DihrGroupsCount(int Rows, int Linked, IReadOnlyDictionary<string, (int Received, int Supported, int Noted)> Groups)
{
    public static DihrGroupsCount Of(string path, string stateUnderReview, string cycle)
    {
        var groups = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        int rows = 0, linked = 0;
        foreach (var row in DihrWorkbookRows.Of(path, stateUnderReview, cycle))
        {
            rows++;
            var names = Cut(row["Keywords"]);
            linked += names.Count > 0 ? 1 : 0;
            var response = row["Response"];
            foreach (var name in names)
            {
                var (received, supported, noted) = groups.GetValueOrDefault(name);
                groups[name] = (received + 1, supported + (response == "Supported" ? 1 : 0), noted + (response == "Noted" ? 1 : 0));
            }
        }

        return new DihrGroupsCount(rows, linked, groups);
    }

    private static List<string> Cut(string cell)
    {
        var names = new List<string>();
        var start = 0;
        for (var i = 1; i < cell.Length; i++)
        {
            if (char.IsUpper(cell[i]) && (char.IsLower(cell[i - 1]) || (char.IsUpper(cell[i - 1]) && i + 1 < cell.Length && char.IsLower(cell[i + 1]))))
            {
                names.Add(cell[start..i].Trim());
                start = i;
            }
        }

        names.Add(cell[start..].Trim());
        return names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }
}
