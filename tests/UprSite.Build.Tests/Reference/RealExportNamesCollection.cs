namespace UprSite.Build.Tests.Reference;

/// <summary>The tests that share one reading of the four real exports (<see cref="RealExportNames"/>).</summary>
[CollectionDefinition(Name)]
public sealed class RealExportNamesCollection : ICollectionFixture<RealExportNames>
{
    public const string Name = "Real export names";
}
