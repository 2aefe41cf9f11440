namespace UprSite.Core.Reference;

/// <summary>
/// A source named where a State is expected that is not a State: an unnamed source, an international organisation,
/// an entity with observer status that is not a State. It must never be counted, or given a page, as a State.
/// </summary>
/// <param name="Key">Stable identifier (lower-case ASCII and hyphens).</param>
public sealed record NonStateSource(string Key, string EnglishName, string FrenchName, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> Names => new[] { EnglishName, FrenchName }.Concat(Aliases);

    public override string ToString() => EnglishName;
}
