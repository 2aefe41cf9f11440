using UprSite.Build.Pipeline;

namespace UprSite.Build.Tests.Support;

/// <summary>
/// The site <typeparamref name="T"/> writes, built once for the class as a class fixture
/// (<c>IClassFixture&lt;SiteBuiltOnce&lt;T&gt;&gt;</c>) instead of in the test class's constructor, which runs for every test.
/// </summary>
public sealed class SiteBuiltOnce<T> : IDisposable
    where T : ISiteSetup
{
    public SiteBuiltOnce()
    {
        Result = Site.Build();
        Assert.True(Result.Succeeded, string.Join('\n', Result.Diagnostics));
    }

    public TestSite Site { get; } = T.Write();

    public BuildResult Result { get; }

    public void Dispose() => Site.Dispose();
}
