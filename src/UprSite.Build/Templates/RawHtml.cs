namespace UprSite.Build.Templates;

/// <summary>Markup the build made itself (rendered Markdown, partials): written into layouts without escaping.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
