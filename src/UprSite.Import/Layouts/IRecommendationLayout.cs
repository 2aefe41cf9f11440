using UprSite.Import.Tables;

namespace UprSite.Import.Layouts;

/// <summary>A column layout of recommendation rows (canonical, UPR Info export, DIHR explorer), found by its header.</summary>
public interface IRecommendationLayout
{
    /// <summary>The layout's name for messages ("UPR Info database export").</summary>
    string Name { get; }

    /// <summary>What files of this layout are, for ranking sources that disagree.</summary>
    RecommendationSource Source { get; }

    /// <summary>True when the header is this layout's.</summary>
    bool Recognises(IReadOnlyList<string> header);

    /// <summary>
    /// Checks the header (unknown, missing or repeated columns: <see cref="HeaderBinder"/>) and returns how to read a row with it; null when rows
    /// cannot be read with this header (the reasons are reported).
    /// </summary>
    RowMapping? Bind(RawRow header, RowReporter reporter);
}
