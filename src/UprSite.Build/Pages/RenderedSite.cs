using UprSite.Build.Output;

namespace UprSite.Build.Pages;

/// <summary>What Render made: the site's files, the pages only printed (print packs), and the UI strings it missed.</summary>
/// <param name="PrintPages">Output path → HTML of each page printed but never written (<see cref="PageKind.Written"/>).</param>
public sealed record RenderedSite(OutputSet Output, IReadOnlyDictionary<string, byte[]> PrintPages,
    IReadOnlySet<(string Language, string Key)> MissedStrings);
