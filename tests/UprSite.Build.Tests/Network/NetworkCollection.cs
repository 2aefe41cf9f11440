namespace UprSite.Build.Tests.Network;

/// <summary>The test classes that read the built many-country sample share one build of it (<see cref="NetworkSample"/>).</summary>
[CollectionDefinition(Name)]
public sealed class NetworkCollection : ICollectionFixture<NetworkSample>
{
    public const string Name = "network";
}
