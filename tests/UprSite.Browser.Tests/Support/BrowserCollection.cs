namespace UprSite.Browser.Tests.Support;

/// <summary>Every browser test class shares one Chromium and the served sites; tests in it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
