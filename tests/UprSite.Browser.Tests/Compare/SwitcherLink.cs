namespace UprSite.Browser.Tests.Compare;

/// <summary>One link of a comparison page's view switcher as the browser draws it (CSS px, computed style).</summary>
public sealed class SwitcherLink
{
    public string Text { get; init; } = string.Empty;

    public double Left { get; init; }

    public double Right { get; init; }

    public double Top { get; init; }

    public double Width { get; init; }

    public double Height { get; init; }

    public bool Current { get; init; }

    public string Background { get; init; } = string.Empty;

    public string Border { get; init; } = string.Empty;

    public string Bullet { get; init; } = string.Empty;
}
