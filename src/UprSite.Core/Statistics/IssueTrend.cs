namespace UprSite.Core.Statistics;

/// <summary>How many recommendations on one issue each cycle brought (every cycle of the rows, zeros included).</summary>
public sealed record IssueTrend(string Issue, IReadOnlyList<CycleFigures> Cycles);
