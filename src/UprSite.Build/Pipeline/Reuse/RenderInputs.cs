namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// What every page's rendering reads besides its own model: the files and options every stage reads
/// (<see cref="SourceContext"/>: layouts, partials, assets, UI strings, site.yml, the build's options), and whether
/// the site has charts (plotly.js among the assets).
/// </summary>
public sealed record RenderInputs(SourceContext Context, bool Charts)
{
    public bool SameAs(RenderInputs? other) => other is not null && other.Charts == Charts && Context.SameAs(other.Context);
}
