using System.Globalization;
using System.Text.RegularExpressions;
using UprSite.Build.Tests.Support;
using UprSite.Core.Reference;
using UprSite.Import.Layouts;
using UprSite.Import.Tables;

namespace UprSite.Build.Tests.Reference;

/// <summary>The goal names of the SDG table against the labels of the real DIHR export ("16. Peace, justice and strong institutions").</summary>
public sealed partial class RealSdgLabelsTests
{
    [Fact]
    public void Every_goal_label_in_the_DIHR_export_names_the_goal_of_its_number()
    {
        var table = HeaderedTable.Of(XlsxTableReader.Read(File.ReadAllBytes(RealExports.DihrCycle2), out _)!);
        var goals = table.Header.Cells.ToList().IndexOf("Goals");
        var labels = table.Rows
            .SelectMany(r => LabelStart().Split(r[goals]))
            .Select(l => LabelParts().Match(l))
            .Where(m => m.Success)
            .Select(m => (Number: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Name: NameFolding.Fold(m.Groups[2].Value)))
            .Distinct()
            .ToList();

        Assert.Equal(Enumerable.Range(1, 17), labels.Select(l => l.Number).Distinct().Order());
        // DIHR writes goal 10 "Reduce inequalities" where the UN's goal icons say "Reduced inequalities".
        Assert.All(labels.Where(l => l.Number != 10), l => Assert.Equal(NameFolding.Fold(SdgGoals.Find(l.Number)!.EnglishName), l.Name));
        Assert.All(labels.Where(l => l.Number == 10), l => Assert.Equal("reduce inequalities", l.Name));
    }

    [GeneratedRegex(@",\s*(?=\d{1,2}\.\s)")]
    private static partial Regex LabelStart();

    [GeneratedRegex(@"^\s*(\d{1,2})\.\s+(.+)$")]
    private static partial Regex LabelParts();
}
