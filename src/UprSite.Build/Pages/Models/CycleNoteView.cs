namespace UprSite.Build.Pages.Models;

/// <summary>Why a cycle's official total and the rows behind the charts differ, in the page's language.</summary>
public sealed record CycleNoteView(int Cycle, string Label, string Text);
