namespace UprSite.Build.Tests.Network;

/// <summary>One row of a canonical CSV of the sample, read by the test itself (not by the build's reader).</summary>
/// <param name="AffectedPersons">The cell as written: one group a line, or empty.</param>
public sealed record SampleRow(int Cycle, string RecommendingState, string Response, string Paragraph, string AffectedPersons);
