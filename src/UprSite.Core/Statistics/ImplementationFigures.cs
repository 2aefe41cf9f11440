using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Statistics;

/// <summary>The coalition's ratings of one group of recommendations (a cycle, an issue): its traffic light.</summary>
/// <param name="Key">The group: a cycle number ("2") or an issue name.</param>
/// <param name="NotAssessed">Recommendations of the group that have no rating at all.</param>
public sealed record ImplementationFigures(string Key, int Fully, int Partially, int NotImplemented, int NoInformation, int NotAssessed)
{
    /// <summary>
    /// True: the figures count recommendations, each paragraph of the report once however many States made it (every
    /// row of the group gives its paragraph); false: recommendations by State, one per row.
    /// </summary>
    public bool ByParagraph { get; init; }

    /// <summary>Recommendations with a rating.</summary>
    public int Assessed => Fully + Partially + NotImplemented + NoInformation;

    public int Total => Assessed + NotAssessed;

    public int Count(ImplementationStatus status) => status switch
    {
        ImplementationStatus.FullyImplemented => Fully,
        ImplementationStatus.PartiallyImplemented => Partially,
        ImplementationStatus.NotImplemented => NotImplemented,
        _ => NoInformation,
    };

    /// <summary>Share of the assessed recommendations with this status, between 0 and 1; null when none is assessed.</summary>
    public double? Rate(ImplementationStatus status) => Shares.Of(Count(status), Assessed);
}
