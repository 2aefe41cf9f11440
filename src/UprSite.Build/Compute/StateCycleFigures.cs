using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;

namespace UprSite.Build.Compute;

/// <summary>What one State recommended to a country in one review cycle.</summary>
public sealed record StateCycleFigures(int Cycle, IReadOnlyList<Recommendation> Rows, GroupFigures Total);
