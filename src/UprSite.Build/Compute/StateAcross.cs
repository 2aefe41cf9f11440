using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;

namespace UprSite.Build.Compute;

/// <summary>One recommending State across the site: what it recommended to each country of the site that it reviewed.</summary>
/// <param name="State">The name the rows give it (the State's UN name once the import has resolved it).</param>
/// <param name="Slug">Its address part under /&lt;lang&gt;/states/, the same for every country.</param>
/// <param name="Countries">Each country it recommended to, in the site's order, with its figures there.</param>
public sealed record StateAcross(string State, string Slug, RegionalGroup? Group, IReadOnlyList<(Country Country, StateFigures Figures)> Countries)
{
    /// <summary>Its recommendations by State to every country together.</summary>
    public GroupFigures Total { get; } = Sum(Countries.Select(c => c.Figures.Total).ToList());

    public IReadOnlyList<int> Cycles { get; } = Countries.SelectMany(c => c.Figures.Cycles.Select(y => y.Cycle)).Distinct().Order().ToList();

    private static GroupFigures Sum(IReadOnlyList<GroupFigures> parts) =>
        new("all", parts.Sum(p => p.Received), parts.Sum(p => p.Supported), parts.Sum(p => p.Noted))
        {
            PartlySupported = parts.Sum(p => p.PartlySupported),
        };
}
