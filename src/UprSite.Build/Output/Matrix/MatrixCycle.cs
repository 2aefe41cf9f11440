using UprSite.Core.Model;
using UprSite.Core.Recommendations;

namespace UprSite.Build.Output.Matrix;

/// <summary>The matrix of one country and cycle: what its title says and its clusters of rows, in order.</summary>
/// <param name="Review">The cycle's review from country.yml (session, date, report symbol), when it is declared.</param>
public sealed record MatrixCycle(string CountryName, int Cycle, Review? Review, IReadOnlyList<MatrixCluster> Clusters)
{
    /// <summary>Entries whose source gives no paragraph number: one per recommending State, never joined by their text.</summary>
    public int Unnumbered => Clusters.Sum(c => c.Rows.Count(r => r.Paragraph is null));

    /// <summary>
    /// The bare paragraph numbers ("24") under which a 2008–2011 report lists all its recommendations, with how many
    /// entries give only that number: the number in the list itself is in no source.
    /// </summary>
    public IReadOnlyList<(string Paragraph, int Entries)> ListParagraphs =>
        Clusters.SelectMany(c => c.Rows)
            .Where(r => r.Paragraph is { } p && !RecommendationKey.NamesOne(p))
            .GroupBy(r => r.Paragraph!, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
}
