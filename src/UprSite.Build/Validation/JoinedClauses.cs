using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Validation;

/// <summary>
/// One State's rows of one paragraph made its one recommendation by State: what each gives united
/// (<see cref="MergedRecommendation"/>: id, paragraph and document of the most authoritative row; issues, themes, SDGs
/// and affected persons of all). Its text is each distinct clause once, in the order the paragraph lists them (the
/// kept row's file first, each file's rows in their order), a clause that another holds whole (a matrix's paragraph
/// beside another file's clause) standing for both; joined with "; " as the report joins them. Its response is the
/// clauses' combined (<see cref="ParagraphResponse"/>: supported and noted is partly supported, as a matrix's
/// "Supported/Noted"); a clause read from several files takes the most authoritative source's response.
/// </summary>
internal static class JoinedClauses
{
    public static Recommendation Of(IReadOnlyList<MergeEntry> ranked)
    {
        var clauses = Clauses(ranked);
        var merged = MergedRecommendation.Of(ranked);
        return merged with
        {
            Text = clauses.Count > 1 ? Joined(clauses.Select(c => c.Whole.Row.Text).ToList())
                : clauses[0].Whole.HasLostCharacter ? merged.Text : clauses[0].Whole.Row.Text,
            Response = ParagraphResponse.Of(clauses.Select(Response)),
            JoinedIds = [.. ranked.SelectMany(e => e.Row.JoinedIds.Prepend(e.Row.Id)).Where(id => id != merged.Id).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>The distinct clauses in paragraph order, each with the rows whose text it holds (its own first).</summary>
    private static List<(MergeEntry Whole, List<MergeEntry> Rows)> Clauses(IReadOnlyList<MergeEntry> ranked)
    {
        var files = ranked.Select(e => e.File).Distinct().ToList();
        var inOrder = ranked.OrderBy(e => files.IndexOf(e.File)).ThenBy(e => e.Row.Source.Row).ToList();
        var wholes = inOrder.Where((e, i) => !inOrder.Where((o, j) => j != i && Holds(o, e, j < i)).Any()).ToList();
        var clauses = wholes.Select(w => (Whole: w, Rows: new List<MergeEntry>())).ToList();
        foreach (var entry in ranked)
        {
            clauses.First(c => ReferenceEquals(c.Whole, entry) || c.Whole.Text.Contains(entry.Text, StringComparison.Ordinal)).Rows.Add(entry);
        }

        return clauses;
    }

    /// <summary>True when <paramref name="other"/>'s text holds <paramref name="entry"/>'s; of two equal texts the earlier stands.</summary>
    private static bool Holds(MergeEntry other, MergeEntry entry, bool otherFirst) =>
        other.Text.Length > entry.Text.Length ? other.Text.Contains(entry.Text, StringComparison.Ordinal)
            : other.Text == entry.Text && (other.HasLostCharacter != entry.HasLostCharacter ? !other.HasLostCharacter : otherFirst);

    private static Response Response((MergeEntry Whole, List<MergeEntry> Rows) clause) =>
        clause.Rows.Select(e => e.File).Distinct().Count() == 1
            ? ParagraphResponse.Of(clause.Rows.Select(e => e.Row.Response))
            : MergedRecommendation.ResponseSource(MergedRecommendation.Ranked(clause.Rows))?.Row.Response ?? Core.Vocabulary.Response.Pending;

    private static string Joined(IReadOnlyList<string> texts) =>
        string.Join("; ", texts.Select((t, i) => i < texts.Count - 1 ? t.Trim().TrimEnd('.', ';', ' ') : t.Trim()));
}
