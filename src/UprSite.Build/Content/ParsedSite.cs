using UprSite.Core.Model;

namespace UprSite.Build.Content;

/// <summary>What Parse makes of the sources, before cross-file rules are checked.</summary>
public sealed record ParsedSite(
    SiteSettings Settings,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Factsheet> Factsheets,
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings)
{
    /// <summary>The Markdown of every factsheet and page, kept as syntax trees for Render.</summary>
    public MarkdownContent Markdown { get; init; } = new();

    /// <summary>Rows read from each country's recommendations/ folder, only that country's.</summary>
    public IReadOnlyList<UprSite.Import.RecommendationFile> RecommendationFiles { get; init; } = [];

    /// <summary>Each country's implementation.csv, when it has one.</summary>
    public IReadOnlyList<UprSite.Import.Layouts.Implementation.ImplementationFile> ImplementationFiles { get; init; } = [];
}
