using UprSite.Core.Model;
using UprSite.Core.Reference;

namespace UprSite.Build.Output.Downloads;

/// <summary>
/// The State under Review as every download names it: its UN English name from the reference data (as
/// <c>recommending_state</c> names the other side), else the English name country.yml gives — never a source's own
/// spelling, which differs between exports ("DPR Korea", "Democratic People's Republic of Korea").
/// </summary>
public static class StateUnderReviewName
{
    public static string Of(Country country) =>
        UnStates.ByAlpha2(country.Code)?.EnglishName ?? country.Name.Get("en", "en");
}
