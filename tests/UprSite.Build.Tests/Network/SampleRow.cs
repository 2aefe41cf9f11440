namespace UprSite.Build.Tests.Network;

/// <summary>One row of a canonical CSV of the sample, read by the test itself (not by the build's reader).</summary>
/// <param name="AffectedPersons">The cell as written: one group a line, or empty.</param>
/// <param name="Issues">The cell as written: UPR issues separated by semicolons, or empty.</param>
/// <param name="ActionCategory">The cell as written: 1 to 5, or empty when the build is to estimate it.</param>
public sealed record SampleRow(int Cycle, string RecommendingState, string Response, string Paragraph, string AffectedPersons,
    string Issues = "", string ActionCategory = "");
