using UprSite.Build.Pages;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>A page of a kept group: what Render lists for it and the page as the previous build made it.</summary>
public sealed record GroupPage(RenderedPage Page, KeptPage Kept);
