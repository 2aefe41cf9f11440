namespace UprSite.Core.Statistics;

/// <summary>
/// One country in the countries index: its cycles, the recommendations it received — official totals where its
/// reviews declare them, else the recommendations by State the site holds — and the share it supported.
/// </summary>
/// <param name="Cycles">Every cycle it has official totals or rows for.</param>
/// <param name="UndeclaredCycles">With <see cref="CountryOverviewBasis.OfficialSomeCycles"/>: the cycles left out of the figure.</param>
/// <param name="Held">The recommendations by State the site holds (rows), whatever the basis.</param>
public sealed record CountryOverview(
    IReadOnlyList<int> Cycles,
    CountryOverviewBasis Basis,
    int Received,
    int Supported,
    IReadOnlyList<int> UndeclaredCycles,
    int Held)
{
    public double? SupportedRate => Shares.Of(Supported, Received);

    public static CountryOverview Of(CountryStatistics statistics)
    {
        var cycles = statistics.Cycles.Where(c => c.IsDeclared || c.Rows is { Received: > 0 }).OrderBy(c => c.Cycle).ToList();
        var declared = cycles.Where(c => c.IsDeclared).ToList();
        var numbers = cycles.Select(c => c.Cycle).ToList();
        var held = statistics.Rows.Received;
        if (declared.Count > 0)
        {
            var undeclared = cycles.Where(c => !c.IsDeclared).Select(c => c.Cycle).ToList();
            return new CountryOverview(numbers, undeclared.Count == 0 ? CountryOverviewBasis.Official : CountryOverviewBasis.OfficialSomeCycles,
                declared.Sum(c => c.Declared!.Received), declared.Sum(c => c.Declared!.Supported), undeclared, held);
        }

        return held == 0
            ? new CountryOverview(numbers, CountryOverviewBasis.None, 0, 0, [], 0)
            : new CountryOverview(numbers, CountryOverviewBasis.Counted, held, statistics.Rows.Supported, [], held);
    }
}
