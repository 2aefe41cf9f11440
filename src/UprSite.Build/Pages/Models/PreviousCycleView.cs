namespace UprSite.Build.Pages.Models;

/// <summary>One review's recommendations on a factsheet's issues, numbers already formatted.</summary>
/// <param name="States">The recommending States, comma-separated.</param>
public sealed record PreviousCycleView(int Cycle, string Total, string Supported, string Noted, string States, int StateCount);
