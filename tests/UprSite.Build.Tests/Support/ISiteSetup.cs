namespace UprSite.Build.Tests.Support;

/// <summary>A test class that only reads the one site it writes: <see cref="SiteBuiltOnce{T}"/> builds that site once for the class.</summary>
public interface ISiteSetup
{
    /// <summary>Writes the class's site (not yet built).</summary>
    static abstract TestSite Write();
}
