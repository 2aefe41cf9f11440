using System.Text;
using UprSite.Core.Recommendations;
using UprSite.Import.Tests.Support;
using Xunit.Abstractions;

namespace UprSite.Import.Tests.Layouts.UprInfo;

/// <summary>
/// The categories the classifier computes from the text, set against the category UPR Info's own staff coded in its
/// exports (the `Action` column). The rules were tuned on sessions 6–9 only; sessions 17–20 are held out.
/// </summary>
public sealed class ActionCategoryAgreementTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("6-9.csv", 0.888, 0.013)]
    [InlineData("17-20.csv", 0.873, 0.020)]
    public void The_computed_category_agrees_with_UPR_Info_s_coding(string name, double minimumAgreement, double maximumUnclassified)
    {
        var (file, diagnostics) = RealExports.ReadAll(Path.Combine(RepoPaths.SharedData, "upr-info-2015", name));
        Assert.False(diagnostics.HasErrors);
        var pairs = file.Rows.Select(r => (Coded: r.ActionCategory!.Value, Computed: ActionCategoryClassifier.Classify(r.Text))).ToList();

        var (agreement, unclassified) = Report(name, pairs);

        Assert.True(agreement >= minimumAgreement, $"{name}: {agreement:P2} agree, expected at least {minimumAgreement:P2}");
        Assert.True(unclassified <= maximumUnclassified, $"{name}: {unclassified:P2} unclassified, expected at most {maximumUnclassified:P2}");
    }

    /// <summary>
    /// DIHR's cycle-1 export carries no category; its rows whose text is, once spaces, punctuation and case are set aside,
    /// the text of a row of UPR Info's sessions 6–9 take that row's coding. Texts UPR Info coded two ways are left out.
    /// </summary>
    [Fact]
    public void DIHR_cycle_1_rows_matched_by_text_to_UPR_Info_agree_with_its_coding()
    {
        var (uprInfo, _) = RealExports.ReadAll(RealExports.UprInfo6To9);
        var (dihr, diagnostics) = RealExports.ReadAll(RealExports.DihrCycle1);
        Assert.False(diagnostics.HasErrors);
        var coding = uprInfo.Rows
            .GroupBy(r => Folded(r.Text), StringComparer.Ordinal)
            .Where(g => g.Select(r => r.ActionCategory).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().ActionCategory!.Value, StringComparer.Ordinal);

        var pairs = dihr.Rows
            .Where(r => coding.ContainsKey(Folded(r.Text)))
            .Select(r => (Coded: coding[Folded(r.Text)], Computed: ActionCategoryClassifier.Classify(r.Text)))
            .ToList();
        var (agreement, _) = Report("DIHR upr1.xlsx × UPR Info 6-9.csv", pairs);

        Assert.InRange(pairs.Count, 8_000, dihr.Rows.Count);
        Assert.True(agreement >= 0.892, $"{agreement:P2} of {pairs.Count} matched rows agree, expected at least 89.20 %");
    }

    /// <summary>Letters and digits in lower case, every other run of characters as one space.</summary>
    private static string Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (folded.Length > 0 && folded[^1] != ' ')
            {
                folded.Append(' ');
            }
        }

        return folded.ToString().TrimEnd();
    }

    /// <summary>Writes the agreement, the unclassified share and the confusion matrix (coded rows × computed columns).</summary>
    private (double Agreement, double Unclassified) Report(string name, IReadOnlyList<(ActionCategory Coded, ActionCategory? Computed)> pairs)
    {
        var agreeing = pairs.Count(p => p.Coded == p.Computed);
        var unclassified = pairs.Count(p => p.Computed is null);
        var (agreement, none) = ((double)agreeing / pairs.Count, (double)unclassified / pairs.Count);
        output.WriteLine($"{name}: {agreeing:N0} of {pairs.Count:N0} agree ({agreement:P2}); {unclassified:N0} unclassified ({none:P2})");
        output.WriteLine("coded \\ computed      1      2      3      4      5   none");
        foreach (var coded in Enum.GetValues<ActionCategory>())
        {
            var cells = Enum.GetValues<ActionCategory>().Select(c => (ActionCategory?)c).Append(null)
                .Select(computed => pairs.Count(p => p.Coded == coded && p.Computed == computed).ToString("N0").PadLeft(7));
            output.WriteLine($"{(int)coded,-16}{string.Concat(cells)}");
        }

        return (agreement, none);
    }
}
