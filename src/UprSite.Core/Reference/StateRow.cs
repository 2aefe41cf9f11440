namespace UprSite.Core.Reference;

/// <summary>One line of the State table before its regional group is attached (see <see cref="UnStateTable"/>).</summary>
internal readonly record struct StateRow(
    string Alpha2,
    string Alpha3,
    string Slug,
    string English,
    string French,
    string Khmer,
    params string[] Aliases);
