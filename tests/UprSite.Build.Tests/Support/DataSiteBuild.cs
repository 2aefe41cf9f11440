namespace UprSite.Build.Tests.Support;

/// <summary>
/// The data site (<see cref="DataSite"/>) built once for a test class that only reads its output, as a class fixture:
/// <c>IClassFixture&lt;DataSiteBuild&gt;</c>.
/// </summary>
public sealed class DataSiteBuild : IDisposable
{
    public DataSiteBuild() => Assert.True(Site.Build().Succeeded);

    public TestSite Site { get; } = DataSite.Create();

    public void Dispose() => Site.Dispose();
}
