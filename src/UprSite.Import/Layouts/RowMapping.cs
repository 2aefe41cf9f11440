using UprSite.Import.Tables;

namespace UprSite.Import.Layouts;

/// <summary>
/// A layout bound to one file's header: how to read a row, and where the State under Review sits (0-based; -1 when
/// the file has no such column), so that other States' rows can be skipped without reading them further.
/// </summary>
public sealed record RowMapping(Func<RawRow, RowFields> Map, int StateUnderReviewIndex)
{
    /// <summary>How the layout writes a State in that cell ("- China" in a UHRI list), cleaned to the name.</summary>
    public Func<string, string> StateName { get; init; } = name => name;

    /// <summary>
    /// Why a row of this country is no recommendation to read ("rows of other mechanisms than the UPR"); null when it is
    /// one. Such rows are left out and counted in the report, never an error.
    /// </summary>
    public Func<RawRow, string?> LeftOutReason { get; init; } = _ => null;

    public string StateUnderReviewOf(RawRow row) => StateUnderReviewIndex < 0 ? string.Empty : StateName(row[StateUnderReviewIndex]);
}
