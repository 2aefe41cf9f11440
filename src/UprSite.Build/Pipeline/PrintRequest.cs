using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Sources;
using UprSite.Core.Model;

namespace UprSite.Build.Pipeline;

/// <summary>What the Print stage works on: the validated site, its sources and UI strings, the rendered output.</summary>
/// <param name="PrintPages">The pages only printed (print packs), rendered by Render: output path → HTML.</param>
/// <param name="CacheDir">Where PDFs printed by earlier builds are kept (<see cref="BuildOptions.ResolvedPdfCacheDir"/>).</param>
public sealed record PrintRequest(Site Site, SourceSet Sources, UiStrings Strings, OutputSet Output,
    IReadOnlyDictionary<string, byte[]> PrintPages, string CacheDir)
{
    /// <summary>Told as each PDF is printed (stage "print"); null: nobody is told.</summary>
    public IBuildProgress? Progress { get; init; }

    /// <summary>The recommending States' briefs to print (<see cref="Pages.RenderedSite.Briefs"/>).</summary>
    public IReadOnlyList<Pages.BriefPrint> Briefs { get; init; } = [];
}
