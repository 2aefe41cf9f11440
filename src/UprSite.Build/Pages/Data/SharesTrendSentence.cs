using UprSite.Core.Statistics;
using UprSite.Core.Text;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// The sentence under the shares per cycle of every State under Review counted together. A change from the first
/// cycle to the last is said only over the States under Review that have recommendations on the site in both, named,
/// and with a warning when the site holds fewer recommendations of one of those cycles than its official total; when
/// no State has both, the sentence says the cycles hold different States instead of a trend. The States are named as
/// running text names them, with their article ("Fiji, Iraq, the Netherlands and the Philippines").
/// </summary>
public static class SharesTrendSentence
{
    /// <param name="countries">Each State under Review's names with its first and last cycle (null when it has no such cycle).</param>
    public static string Of(DataLabels l, int first, int last, IReadOnlyList<(PlaceNameForms Name, CycleComparison? First, CycleComparison? Last)> countries)
    {
        var both = countries.Where(c => Held(c.First) && Held(c.Last)).ToList();
        if (both.Count == 0)
        {
            return l.Fill("compare.cycles.shares_different", ("first", l.Format.Number(first)), ("last", l.Format.Number(last)));
        }

        var (from, to) = (Share(both.Select(c => c.First!.Rows!)), Share(both.Select(c => c.Last!.Rows!)));
        var sentence = l.Count("compare.cycles.shares_same", both.Count,
            ("countries", l.Join(both.Select(c => c.Name.The).ToList())), ("first", l.Format.Number(first)), ("last", l.Format.Number(last)),
            ("from", l.Format.Percent(from)), ("to", l.Format.Percent(to)));
        return both.Any(c => Partial(c.First!) || Partial(c.Last!)) ? sentence + " " + l.T("compare.cycles.shares_partial") : sentence;
    }

    private static bool Held(CycleComparison? cycle) => cycle?.Rows is { Received: > 0 };

    private static double? Share(IEnumerable<CycleFigures> rows)
    {
        var list = rows.ToList();
        return Shares.Of(list.Sum(r => r.Supported), list.Sum(r => r.Received));
    }

    /// <summary>
    /// Fewer held than the official total: paragraphs against paragraphs when known; else recommendations by State,
    /// which are never fewer than the paragraphs they make.
    /// </summary>
    private static bool Partial(CycleComparison cycle) => cycle is { Declared: { } declared, Rows: { } rows }
        && (rows.ParagraphsKnown ? rows.Recommendations : rows.Received) < declared.Received;
}
