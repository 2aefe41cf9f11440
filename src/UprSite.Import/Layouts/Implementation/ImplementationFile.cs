using UprSite.Core.Recommendations;

namespace UprSite.Import.Layouts.Implementation;

/// <summary>The ratings read from one country's implementation.csv, before their ids are checked against the rows.</summary>
public sealed record ImplementationFile(string CountryCode, string File, IReadOnlyList<ImplementationRating> Ratings)
{
    /// <summary>1-based column of the recommendation ids, for diagnostics.</summary>
    public int IdColumn { get; init; }
}
