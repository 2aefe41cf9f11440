using UprSite.Core.Recommendations;

namespace UprSite.Import;

/// <summary>What one file of recommendations/ gave for its country.</summary>
/// <param name="Rows">This country's rows; empty when the file has errors (nothing is half-imported).</param>
/// <param name="RowsInFile">Data rows in the whole file, whichever State they concern.</param>
/// <param name="StatesUnderReview">How many distinct States under Review the file holds (1 when it names none).</param>
public sealed record RecommendationFile(
    string CountryCode,
    string File,
    string Layout,
    IReadOnlyList<Recommendation> Rows,
    int RowsInFile,
    int StatesUnderReview)
{
    /// <summary>What the file is (<see cref="RecommendationSource"/>): which source wins when two disagree.</summary>
    public RecommendationSource Source { get; init; } = RecommendationSource.Canonical;

    /// <summary>1-based column of the ids, for diagnostics; 0 when the ids are derived.</summary>
    public int IdColumn { get; init; }

    /// <summary>This country's voluntary pledges: rows the source marks as pledges, never counted as recommendations.</summary>
    public IReadOnlyList<VoluntaryPledge> Pledges { get; init; } = [];

    /// <summary>Rows (or a matrix's paragraphs) of the file that concern this country; fewer than <see cref="Rows"/> when some name several States.</summary>
    public int RowsForCountry { get; init; }

    /// <summary>Rows of the file not turned into this country's rows, by reason ("of other States under Review").</summary>
    public IReadOnlyDictionary<string, int> LeftOut { get; init; } = new Dictionary<string, int>();

    /// <summary>Rows of the file that repeated another and were counted with it, by reason.</summary>
    public IReadOnlyDictionary<string, int> Merged { get; init; } = new Dictionary<string, int>();
}
