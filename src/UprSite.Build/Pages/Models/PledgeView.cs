namespace UprSite.Build.Pages.Models;

/// <summary>One voluntary pledge of the State under Review, shown apart from the recommendations.</summary>
public sealed record PledgeView(int Cycle, string CycleLabel, string Text);
