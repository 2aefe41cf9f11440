using UprSite.TestSupport;

namespace UprSite.Browser.Tests.Support;

/// <summary>The data site of <see cref="DataSiteFiles"/>, served.</summary>
public sealed class DataSiteServed() : ServedSite(DataSiteFiles.Files());
