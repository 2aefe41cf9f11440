namespace UprSite.Build.Tests.Support;

/// <summary>The test classes that read the built sample site share one build of it (<see cref="SampleSite"/>).</summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleSite>
{
    public const string Name = "sample";
}
