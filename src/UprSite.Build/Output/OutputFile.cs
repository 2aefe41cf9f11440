using UprSite.Build.Checking;
using UprSite.Core.Model;

namespace UprSite.Build.Output;

/// <summary>
/// One file of the built site: its content in memory, or, once <see cref="OutputSet"/> has written it to the staging
/// folder, read back from there when asked for (the print stage and tests ask; the link check does not).
/// </summary>
public sealed class OutputFile
{
    private readonly byte[]? _content;
    private readonly Func<byte[]>? _load;

    /// <param name="origin">The content file the page was made from, when there is one (for link diagnostics).</param>
    /// <param name="links">The links that content file wrote, with their lines and columns.</param>
    public OutputFile(byte[] content, SourceRef? origin = null, IReadOnlyList<MarkdownLink>? links = null)
    {
        _content = content;
        Origin = origin;
        Links = links;
    }

    private OutputFile(OutputFile file, Func<byte[]> load, PageLinks? index)
    {
        _load = load;
        Origin = file.Origin;
        Links = file.Links;
        FallbackOf = file.FallbackOf;
        Index = index;
    }

    public byte[] Content => _content ?? _load!();

    /// <summary>Whether the bytes are in the staging folder (or, after the swap, the output folder) rather than in memory.</summary>
    public bool IsStored => _content is null;

    public SourceRef? Origin { get; }

    public IReadOnlyList<MarkdownLink>? Links { get; }

    /// <summary>On a fallback page, the output path of the original it shows (its links were checked there).</summary>
    public string? FallbackOf { get; init; }

    /// <summary>For an HTML page, its anchors and links (<see cref="PageLinkScanner"/>), taken when it was added.</summary>
    public PageLinks? Index { get; private init; }

    internal OutputFile Indexed(PageLinks? index) => new(Content, Origin, Links) { FallbackOf = FallbackOf, Index = index };

    /// <summary>The same file without its bytes in memory: <paramref name="load"/> reads them back.</summary>
    internal OutputFile Stored(Func<byte[]> load) => new(this, load, Index);
}
