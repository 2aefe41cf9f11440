using UprSite.Core.Reference;

namespace UprSite.Import.Layouts.DihrExplorer;

/// <summary>
/// The groups of persons of the DIHR export's <c>Keywords</c> column. The export runs its labels together without a
/// separator ("Women and girlsChildren"), so a cell is cut where one of DIHR's twelve labels begins; text that is none of
/// them is kept as written, cut only where a known label follows it.
/// </summary>
public static class DihrPersonGroups
{
    /// <summary>Every label found in upr1.xlsx and upr2.xlsx, longest first so that no label is taken for a shorter one.</summary>
    public static readonly IReadOnlyList<string> Labels = [.. AffectedPersonGroups.Dihr.OrderByDescending(l => l.Length)];

    public static IReadOnlyList<string> Split(string cell)
    {
        var groups = new List<string>();
        var value = cell.AsSpan().Trim();
        var unknownStart = -1;
        var at = 0;
        while (at < value.Length)
        {
            var label = LabelAt(value[at..]);
            if (label is null)
            {
                unknownStart = unknownStart < 0 ? at : unknownStart;
                at++;
                continue;
            }

            AddUnknown(groups, value, unknownStart, at);
            unknownStart = -1;
            Add(groups, label);
            at += label.Length;
        }

        AddUnknown(groups, value, unknownStart, value.Length);
        return groups;
    }

    private static string? LabelAt(ReadOnlySpan<char> rest)
    {
        foreach (var label in Labels)
        {
            if (rest.StartsWith(label, StringComparison.Ordinal))
            {
                return label;
            }
        }

        return null;
    }

    private static void AddUnknown(List<string> groups, ReadOnlySpan<char> value, int start, int end)
    {
        if (start >= 0)
        {
            Add(groups, value[start..end].Trim(" ,;").ToString());
        }
    }

    private static void Add(List<string> groups, string group)
    {
        if (group.Length > 0 && !groups.Contains(group, StringComparer.Ordinal))
        {
            groups.Add(group);
        }
    }
}
