namespace UprSite.Core.Reference;

internal static partial class UnStateTable
{
    /// <summary>
    /// The two non-member observer States. The State of Palestine is a member of the Asia-Pacific Group; the Holy See
    /// belongs to no group. UPR Info exports label both "Observer".
    /// </summary>
    private static IEnumerable<UnState> Observers() =>
    [
        Of(new("VA", "VAT", "holy-see", "Holy See", "Saint-Siège", "បុរីវ៉ាទីកង់",
            "Vatican", "Vatican City", "Vatican City State", "Holy See (Vatican City State)", "Santa Sede"),
            null, UnMembership.Observer),
        Of(new("PS", "PSE", "state-of-palestine", "State of Palestine", "État de Palestine", "រដ្ឋប៉ាឡេស្ទីន",
            "Palestine", "Palestine, State of", "Palestine (State of)", "État de Palestine"),
            RegionalGroup.AsiaPacific, UnMembership.Observer),
    ];
}
