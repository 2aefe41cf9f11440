namespace UprSite.Core.Statistics;

/// <summary>What the received figure of a country in the countries index counts.</summary>
public enum CountryOverviewBasis
{
    /// <summary>Official totals of every cycle it has (recommendations, as the Working Group reports count them).</summary>
    Official,

    /// <summary>Official totals of the cycles that declare them; the other cycles are not in the figure.</summary>
    OfficialSomeCycles,

    /// <summary>No official totals: the recommendations by State the site holds, counted.</summary>
    Counted,

    /// <summary>Neither official totals nor rows.</summary>
    None,
}
