using System.Runtime.CompilerServices;
using UprSite.Build.Compute;
using UprSite.Build.Validation;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// The site's rows of one cycle as OHCHR's matrix lists them: rows by State of one paragraph become one row naming
/// all its States (one <see cref="Recommendation.Key"/>, document + paragraph, as the pages count paragraphs). A row
/// without a paragraph number is an entry of its own: the same text from two States may be one co-sponsored paragraph
/// or two paragraphs worded alike (37 of 94 such pairs in UPR Info's and DIHR's cycle-2 exports are two), so the
/// matrix says how many entries lack a number instead of guessing. Entries are clustered under the source's own
/// cluster (a matrix's "Theme: …" row), else the first theme the source gives (UHRI's), else the first UPR issue,
/// else under <see cref="NoTheme"/>, last.
/// </summary>
public static class MatrixRows
{
    /// <summary>The cluster of recommendations no source gave a theme or issue (never "Other", a UPR Info issue).</summary>
    public const string NoTheme = "No theme recorded";

    // Every dashboard and explorer page lists the matrices: the cycles are found once per country, not per page.
    private static readonly ConditionalWeakTable<CountryData, IReadOnlyList<int>> CyclesOf = new();

    /// <summary>The cycles that have rows, in order: each has a matrix, the others none.</summary>
    public static IReadOnlyList<int> Cycles(CountryData data) =>
        CyclesOf.GetValue(data, d => d.Rows.Select(r => r.Cycle).Distinct().Order().ToList());

    public static MatrixCycle Of(CountryData data, int cycle, string countryName)
    {
        var rows = data.Rows
            .Where(r => r.Cycle == cycle)
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .SelectMany(SeveralUnderOneNumber)
            .Select(g => Row(g, data))
            .ToList();
        var clusters = rows
            .GroupBy(r => r.Cluster ?? (r.Themes.Count > 0 ? r.Themes[0] : NoTheme), StringComparer.Ordinal)
            .OrderBy(g => g.Key == NoTheme ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MatrixCluster(g.Key, g.OrderBy(r => r, ParagraphOrder.Instance).ToList()))
            .ToList();
        var review = data.Country.Reviews.FirstOrDefault(r => r.Cycle == cycle);
        return new MatrixCycle(countryName, cycle, review, clusters);
    }

    /// <summary>
    /// One paragraph per entry when the number names one recommendation ("118.9"); a bare paragraph number ("46", as
    /// the 2009 reports number a whole list of recommendations) holds several, each text an entry of its own.
    /// </summary>
    private static IEnumerable<List<Recommendation>> SeveralUnderOneNumber(IGrouping<string, Recommendation> rows) =>
        rows.First().Paragraph is { } p && !p.Contains('.', StringComparison.Ordinal)
            ? rows.GroupBy(r => MergeText.Of(r.Text), StringComparer.Ordinal).Select(g => g.ToList())
            : [rows.ToList()];

    private static MatrixRow Row(List<Recommendation> rows, CountryData data)
    {
        var first = rows[0];
        var (text, namesStates) = Text(rows);
        var rating = rows
            .Select(data.RatingOf)
            .OfType<ImplementationRating>()
            .OrderByDescending(r => r.Assessed ?? DateOnly.MinValue)
            .FirstOrDefault();
        return new MatrixRow(
            first.Paragraph is { Length: > 0 } p ? p : null,
            text,
            rows.Select(r => CanonicalName(r.RecommendingState)).Distinct(StringComparer.Ordinal).ToList(),
            ParagraphResponse.Of(rows.Select(r => r.Response)),
            Themes(rows),
            rows.Select(r => r.Document).FirstOrDefault(d => !string.IsNullOrEmpty(d)),
            rating)
        {
            Cluster = rows.Select(r => r.Cluster).FirstOrDefault(c => c is not null),
            TextNamesStates = namesStates,
            StateResponses = StateResponses(rows),
        };
    }

    /// <summary>
    /// The paragraph's text; where its rows give several (clauses of a clustered paragraph, or a source numbering two
    /// recommendations alike), each distinct text once, followed by its States in brackets.
    /// </summary>
    private static (string Text, bool NamesStates) Text(List<Recommendation> rows)
    {
        var texts = rows.GroupBy(r => MergeText.Of(r.Text), StringComparer.Ordinal).ToList();
        var whole = texts.MaxBy(t => t.Key.Length)!;
        if (texts.All(t => whole.Key.Contains(t.Key, StringComparison.Ordinal)))
        {
            return TrailingStates.Split(whole.First().Text);
        }

        return (string.Join("; ", texts.Select(g =>
            $"{TrailingStates.Strip(g.First().Text)} ({string.Join(", ", g.Select(r => CanonicalName(r.RecommendingState)).Distinct(StringComparer.Ordinal))})")), true);
    }

    /// <summary>Each State's response when not all States have one response; else none.</summary>
    private static List<(string State, Response Response)> StateResponses(List<Recommendation> rows)
    {
        var byState = rows.GroupBy(r => CanonicalName(r.RecommendingState), StringComparer.Ordinal)
            .Select(g => (State: g.Key, Response: ParagraphResponse.Of(g.Select(r => r.Response))))
            .ToList();
        return byState.Select(s => s.Response).Distinct().Count() > 1 ? byState : [];
    }

    /// <summary>The source's themes when a row gives them (matrix, UHRI), else the UPR issues; each once, in order.</summary>
    private static List<string> Themes(List<Recommendation> rows)
    {
        var themes = rows.SelectMany(r => r.Themes).Distinct(StringComparer.Ordinal).ToList();
        return themes.Count > 0 ? themes : rows.SelectMany(r => r.Issues).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>What the pages write for a recommendation whose source did not record its State (en.yml's <c>data.non_state.unknown</c>).</summary>
    public const string SourceNotRecorded = "source not recorded";

    private static string CanonicalName(string name) => UnStates.Resolve(name) switch
    {
        { State: { } state } => state.EnglishName,
        { NonState: { } source } when source == NonStateSources.Unknown => SourceNotRecorded,
        { NonState: { } source } => source.EnglishName,
        _ => name,
    };
}
