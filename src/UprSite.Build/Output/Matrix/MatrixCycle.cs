using UprSite.Core.Model;

namespace UprSite.Build.Output.Matrix;

/// <summary>The matrix of one country and cycle: what its title says and its clusters of rows, in order.</summary>
/// <param name="Review">The cycle's review from country.yml (session, date, report symbol), when it is declared.</param>
public sealed record MatrixCycle(string CountryName, int Cycle, Review? Review, IReadOnlyList<MatrixCluster> Clusters)
{
    /// <summary>Entries whose source gives no paragraph number: one per recommending State, never joined by their text.</summary>
    public int Unnumbered => Clusters.Sum(c => c.Rows.Count(r => r.Paragraph is null));
}
