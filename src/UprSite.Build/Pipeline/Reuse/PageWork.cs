using UprSite.Build.Pages;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>One page Render puts into the output: a job to render, or a page of a group kept whole from the previous build.</summary>
/// <param name="Group">The group of pages it belongs to (<see cref="PageGroups"/>), if any.</param>
public sealed record PageWork(PageJob? Job, GroupPage? Kept = null, string? Group = null);
