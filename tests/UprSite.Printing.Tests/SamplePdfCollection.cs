namespace UprSite.Printing.Tests;

/// <summary>The test classes that read the sample's PDFs share one build with --pdf (one print run).</summary>
[CollectionDefinition(Name)]
public sealed class SamplePdfCollection : ICollectionFixture<SamplePdfBuild>
{
    public const string Name = "sample PDFs";
}
