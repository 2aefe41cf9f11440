using UprSite.Build.Pages;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>One page Render puts into the output: a job to make and render, or a page of a group kept whole from the previous build.</summary>
/// <param name="Make">Makes the page's job (its model); null from it: the page has nothing to show and does not exist.</param>
/// <param name="Group">The group of pages it belongs to (<see cref="PageGroups"/>), if any.</param>
public sealed record PageWork(Func<PageJob?>? Make, GroupPage? Kept = null, string? Group = null);
