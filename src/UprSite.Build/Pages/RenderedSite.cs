using UprSite.Build.Output;

namespace UprSite.Build.Pages;

/// <summary>What Render made: the site's files and the pages among them, the pages only printed (print packs), and the UI strings it missed.</summary>
/// <param name="Pages">Every page written, in the order rendered.</param>
/// <param name="PrintPages">Output path → HTML of each page printed but never written (<see cref="PageKind.Written"/>).</param>
public sealed record RenderedSite(OutputSet Output, IReadOnlyList<RenderedPage> Pages, IReadOnlyDictionary<string, byte[]> PrintPages,
    IReadOnlySet<(string Language, string Key)> MissedStrings)
{
    /// <summary>The briefs whose PDFs the Print stage makes (empty without --pdf).</summary>
    public IReadOnlyList<BriefPrint> Briefs { get; init; } = [];
}
