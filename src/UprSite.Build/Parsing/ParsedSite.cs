using UprSite.Core.Model;

namespace UprSite.Build.Parsing;

/// <summary>What Parse makes of the sources, before cross-file rules are checked.</summary>
public sealed record ParsedSite(
    SiteSettings Settings,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Factsheet> Factsheets,
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings);
