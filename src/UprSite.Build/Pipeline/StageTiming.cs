namespace UprSite.Build.Pipeline;

/// <summary>How long one stage of a build took (wall time), for <c>--verbose</c>.</summary>
public sealed record StageTiming(string Stage, long Milliseconds);
