namespace UprSite.Core.Reference;

/// <summary>
/// The 193 UN member States and the two observer States, one file per regional group. Names and codes: UN M49 and
/// UNTERM short names, ISO 3166-1; groups: the UN's list of regional groups (sources in docs/reference-data.md).
/// </summary>
internal static partial class UnStateTable
{
    public static IReadOnlyList<UnState> Build() =>
    [
        .. InGroup(RegionalGroup.African, African),
        .. InGroup(RegionalGroup.AsiaPacific, AsiaPacific),
        .. InGroup(RegionalGroup.EasternEuropean, EasternEuropean),
        .. InGroup(RegionalGroup.LatinAmericanAndCaribbean, LatinAmericanAndCaribbean),
        .. InGroup(RegionalGroup.WesternEuropeanAndOthers, WesternEuropeanAndOthers),
        .. Observers(),
    ];

    private static IEnumerable<UnState> InGroup(RegionalGroup group, IEnumerable<StateRow> rows) =>
        rows.Select(r => Of(r, group, UnMembership.Member));

    private static UnState Of(StateRow row, RegionalGroup? group, UnMembership membership) =>
        new(row.Alpha2, row.Alpha3, row.Slug, row.English, row.French, row.Khmer, group, membership, row.Aliases,
            FrenchOf(row.Alpha2));
}
