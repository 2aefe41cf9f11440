using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;
using UprSite.Import;

namespace UprSite.Build.Validation;

/// <summary>
/// One recommendation read from several files, made one row with what each source knows: the row that gives the
/// paragraph (DIHR, a matrix, UHRI), of the most authoritative source among those (<see cref="RecommendationSource"/>:
/// the OHCHR matrix, then UHRI, DIHR, UPR Info, a canonical file), lends its id, key, paragraph, document and place;
/// the response is the most authoritative source's that is not pending; the text comes from a source that lost no
/// character; issues, themes, SDGs and affected persons are united; an action category the source coded is preferred
/// to one estimated from the first verb. The rows are ranked by what they hold, then by id, so the result does not
/// depend on the order or the names of the files.
/// </summary>
internal static class MergedRecommendation
{
    public static IReadOnlyList<MergeEntry> Ranked(IEnumerable<MergeEntry> entries) =>
        entries.OrderByDescending(e => e.HasParagraph)
            .ThenBy(e => e.Source)
            .ThenByDescending(e => !string.IsNullOrWhiteSpace(e.Row.Document))
            .ThenBy(e => e.HasLostCharacter)
            .ThenBy(e => e.Row.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Row.Text, StringComparer.Ordinal)
            .ThenBy(e => e.FileName, StringComparer.Ordinal)
            .ThenBy(e => e.Row.Source.Row)
            .ToList();

    /// <summary>The one row; <paramref name="ranked"/> as <see cref="Ranked"/> orders them, the first being the row kept.</summary>
    public static Recommendation Of(IReadOnlyList<MergeEntry> ranked)
    {
        var rows = ranked.Select(e => e.Row).ToList();
        var answered = ResponseSource(ranked)?.Row.Response ?? rows[0].Response;
        var first = rows[0];
        var coded = rows.FirstOrDefault(r => r.ActionCategory is not null && !r.ActionCategoryEstimated)
            ?? rows.FirstOrDefault(r => r.ActionCategory is not null);
        return first with
        {
            Session = rows.Select(r => r.Session).FirstOrDefault(s => s is not null),
            RegionalGroup = rows.Select(r => r.RegionalGroup).FirstOrDefault(g => !string.IsNullOrWhiteSpace(g)),
            Text = rows.FirstOrDefault(r => !r.Text.Contains(MergeText.Lost, StringComparison.Ordinal))?.Text ?? first.Text,
            Response = answered,
            Issues = Union(rows.Select(r => r.Issues)),
            ActionCategory = coded?.ActionCategory,
            ActionCategoryEstimated = coded?.ActionCategoryEstimated ?? false,
            Document = first.Document is { Length: > 0 } ? first.Document : rows.Select(r => r.Document).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d)),
            Sdgs = Union(rows.Select(r => r.Sdgs)),
            Themes = Union(rows.Select(r => r.Themes)),
            AffectedPersons = Union(rows.Select(r => r.AffectedPersons)),
            Cluster = rows.Select(r => r.Cluster).FirstOrDefault(c => c is not null),
            Assessment = rows.Select(r => r.Assessment).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)),
        };
    }

    /// <summary>The row whose response is counted: of the most authoritative source, not pending; null when all are pending.</summary>
    public static MergeEntry? ResponseSource(IReadOnlyList<MergeEntry> ranked) =>
        ranked.OrderBy(e => e.Source).FirstOrDefault(e => e.Row.Response != Response.Pending);

    private static List<string> Union(IEnumerable<IReadOnlyList<string>> lists) =>
        lists.SelectMany(l => l).Distinct(StringComparer.Ordinal).ToList();
}
