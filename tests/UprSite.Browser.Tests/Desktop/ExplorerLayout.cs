namespace UprSite.Browser.Tests.Desktop;

/// <summary>What <see cref="DesktopProbe.ExplorerAsync"/> measured.</summary>
public sealed class ExplorerLayout
{
    public double TextShare { get; init; }

    public double BottomSpread { get; init; }

    public int Controls { get; init; }

    public bool ButtonsInPageFont { get; init; }

    public int Buttons { get; init; }

    public double LowestButton { get; init; }
}
