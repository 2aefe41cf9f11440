using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;

namespace UprSite.Import;

/// <summary>
/// A paragraph number a file gives to several States' rows whose texts fall apart into groups that share no word:
/// the Working Group clusters in one paragraph recommendations on one subject, so the number is a slip of the source
/// (DIHR gives Cambodia's 118.9 to Czechia, "… violence against demonstrators …", and to Brazil, "Ratify the UNESCO
/// Convention …", and has no 118.109). Each group is counted as a recommendation of its own (its own
/// <see cref="Recommendation.Key"/>, ids unchanged), with a warning naming the rows (UPR0572). Texts are compared by
/// their words of three letters or more, cut to five letters ("publish" and "publicize" agree), leaving out the
/// words any recommendation may use ("the", "against", "with"). From the second cycle only, and only where such
/// numbers are rare among a report's (<see cref="MostSlipsPerParagraph"/>); else the report's numbers are kept and
/// one warning says they group unrelated texts. Measured on every real export in ../shared/data
/// (docs/recommendations.md): no clustered paragraph that an OHCHR matrix or the official total confirms is split.
/// </summary>
public static class ParagraphSlips
{
    private const int Shown = 10;

    // First-cycle reports numbered items that grouped several States' recommendations loosely, so unrelated texts
    // under one number are no evidence of a slip there.
    private const int FirstTightCycle = 2;
    private const int StemLength = 5;

    // A report is judged to have slips only where they are rare among its numbers in the file (Cambodia: 1 of 204);
    // where more of them hold unrelated texts (Antigua and Barbuda's A/HRC/33/13 in DIHR: 20 of 76) the file numbers
    // the report otherwise, and its numbers are kept as given.
    private const double MostSlipsPerParagraph = 0.02;

    private static readonly HashSet<string> Common = new((
        "the and for with its from that this which their other such including against into under through within between "
        + "any also more further order view aim well his her they them these those not are was were been has have all").Split(' '),
        StringComparer.Ordinal);

    private static readonly char[] Separators = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsLetterOrDigit(c))];

    public static List<Recommendation> Split(List<Recommendation> rows, RowReporter reporter)
    {
        var numbered = rows.Select((row, index) => (Row: row, Index: index))
            .Where(r => !string.IsNullOrWhiteSpace(r.Row.Paragraph) && r.Row.Cycle >= FirstTightCycle)
            .ToList();
        var unrelated = numbered.GroupBy(r => r.Row.Key, StringComparer.Ordinal)
            .Select(paragraph => (Members: paragraph.ToList(), Parts: Parts(paragraph.ToList())))
            .Where(p => p.Parts.Count > 1)
            .ToList();
        var result = rows.ToList();
        var slips = 0;
        foreach (var document in unrelated.GroupBy(p => DocumentOf(p.Members[0].Row.Key), StringComparer.Ordinal))
        {
            var paragraphs = numbered.Where(r => DocumentOf(r.Row.Key) == document.Key).Select(r => r.Row.Key).Distinct(StringComparer.Ordinal).Count();
            if (document.Count() > paragraphs * MostSlipsPerParagraph)
            {
                Systematic(document.Select(p => p.Parts).ToList(), paragraphs, reporter);
                continue;
            }

            foreach (var (_, parts) in document)
            {
                foreach (var part in parts.Skip(1))
                {
                    var suffix = string.Create(CultureInfo.InvariantCulture, $"~{part.Min(m => m.Row.Source.Row)}");
                    foreach (var (row, index) in part)
                    {
                        result[index] = row with { Key = row.Key + suffix };
                    }
                }

                if (++slips <= Shown)
                {
                    Warn(parts.Select(p => p.Select(m => m.Row).ToList()).ToList(), reporter);
                }
            }
        }

        if (slips > Shown)
        {
            reporter.Warning(DiagnosticCodes.ParagraphNumberSlip,
                string.Create(CultureInfo.InvariantCulture, $"{slips - Shown} more paragraph numbers of this file are each given to texts of several States that share no word, as the {Shown} above; each group is counted as a recommendation of its own. Check the file's paragraph numbers against the Working Group report"));
        }

        return result;
    }

    /// <summary>A paragraph's rows in groups of texts linked by shared words, the group of its first row first; one group when the paragraph is one State's or its texts are linked.</summary>
    private static List<List<(Recommendation Row, int Index)>> Parts(List<(Recommendation Row, int Index)> members)
    {
        if (members.Select(m => m.Row.RecommendingState).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return [members];
        }

        var groups = Groups(members.Select(m => m.Row.Text).Distinct(StringComparer.Ordinal).ToList());
        return members.GroupBy(m => groups.FindIndex(g => g.Contains(m.Row.Text))).OrderBy(g => g.Min(m => m.Index)).Select(g => g.ToList()).ToList();
    }

    private static string DocumentOf(string key) => key[..Math.Max(0, key.IndexOf('#', StringComparison.Ordinal))];

    /// <summary>A report whose numbers in this file group unrelated texts too often to be slips: kept as numbered, said once.</summary>
    private static void Systematic(List<List<List<(Recommendation Row, int Index)>>> paragraphs, int numbers, RowReporter reporter)
    {
        var first = paragraphs[0];
        reporter.Warning(DiagnosticCodes.ParagraphNumberSlip,
            string.Create(CultureInfo.InvariantCulture,
                $"{paragraphs.Count} of the {numbers} paragraph numbers this file gives to {first[0][0].Row.Document ?? "this report"} hold texts of several States that share no word (the first, {first[0][0].Row.Paragraph}: '{Excerpt(first[0][0].Row.Text)}' ({first[0][0].Row.RecommendingState}, line {first[0][0].Row.Source.Row}) and '{Excerpt(first[1][0].Row.Text)}' ({first[1][0].Row.RecommendingState}, line {first[1][0].Row.Source.Row})): ")
            + "too many to be slips, so the file numbers this report otherwise than one recommendation or one cluster per paragraph. Its paragraphs are counted as the file numbers them; check the counts against the Working Group report",
            first[1][0].Row.Source.Row);
    }

    private static void Warn(List<List<Recommendation>> parts, RowReporter reporter)
    {
        var first = parts[0][0];
        var named = string.Join("; ", parts.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"'{Excerpt(p[0].Text)}' ({string.Join(", ", p.Select(r => r.RecommendingState).Distinct(StringComparer.Ordinal))}, line {p[0].Source.Row})")));
        reporter.Warning(DiagnosticCodes.ParagraphNumberSlip,
            string.Create(CultureInfo.InvariantCulture,
                $"paragraph {first.Paragraph} is given to texts of several States that share no word: {named}. A paragraph of the report clusters recommendations on one subject, so this number is a slip of the source; the site counts {parts.Count} recommendations. ")
            + "Find each text's paragraph in the Working Group report and correct the number in the file",
            parts[1][0].Source.Row);
    }

    /// <summary>The texts in groups, two texts in one group when a chain of shared words links them.</summary>
    private static List<HashSet<string>> Groups(List<string> texts)
    {
        var stems = texts.Select(Stems).ToList();
        var group = Enumerable.Range(0, texts.Count).ToArray();
        int Find(int i) => group[i] == i ? i : group[i] = Find(group[i]);
        for (var a = 0; a < texts.Count; a++)
        {
            for (var b = a + 1; b < texts.Count; b++)
            {
                if (stems[a].Overlaps(stems[b]))
                {
                    group[Find(a)] = Find(b);
                }
            }
        }

        return Enumerable.Range(0, texts.Count).GroupBy(Find).Select(g => g.Select(i => texts[i]).ToHashSet(StringComparer.Ordinal)).ToList();
    }

    private static HashSet<string> Stems(string text) =>
        text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && !Common.Contains(w))
            .Select(w => w.Length > StemLength ? w[..StemLength] : w)
            .ToHashSet(StringComparer.Ordinal);

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40].TrimEnd() + "…";
}
