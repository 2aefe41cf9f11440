namespace UprSite.Build.Tests.Network;

/// <summary>One row of a canonical CSV of the sample, read by the test itself (not by the build's reader).</summary>
public sealed record SampleRow(int Cycle, string RecommendingState, string Response, string Paragraph);
