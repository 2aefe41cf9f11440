using UprSite.Build.Pages.Models;
using UprSite.Core.Reference;

namespace UprSite.Build.Pages.Data;

/// <summary>Items split into one table per UN regional group, in the groups' order, those of no group last.</summary>
public static class RegionalTables
{
    public static IReadOnlyList<DataTableView> Of<T>(IEnumerable<T> items, Func<T, RegionalGroup?> groupOf, DataLabels l,
        IReadOnlyList<DataCellView> headers, Func<T, IReadOnlyList<DataCellView>> row) =>
        items.GroupBy(groupOf)
            .OrderBy(g => g.Key is { } group ? (int)group : int.MaxValue)
            .Select(g => new DataTableView(GroupName(g.Key, l), headers, g.Select(row).ToList()))
            .ToList();

    public static string GroupName(RegionalGroup? group, DataLabels l) =>
        group is { } g ? RegionalGroups.Name(g, l.Language) : l.T("many.no_regional_group");
}
