namespace UprSite.Browser.Tests.Support;

/// <summary>
/// The test classes that must not run beside one another (none today): a class in this collection runs one test at a
/// time with the others in it, still on the run's one <see cref="BrowserSession"/>. Other classes take
/// <c>IClassFixture&lt;BrowserFixture&gt;</c> and run in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
