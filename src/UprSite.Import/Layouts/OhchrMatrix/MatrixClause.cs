using UprSite.Core.Reference;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// One State's part of a paragraph: the words before its bracket ("Ratify ICCPR and CPED" for "… (Chile);") and the
/// States of that bracket. A paragraph merging several States' recommendations has one clause per bracket.
/// </summary>
public sealed record MatrixClause(string Text, IReadOnlyList<UnState> States);
