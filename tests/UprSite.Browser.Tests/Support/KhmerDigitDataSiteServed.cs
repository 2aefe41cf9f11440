using UprSite.TestSupport;

namespace UprSite.Browser.Tests.Support;

/// <summary>The data site of <see cref="DataSiteFiles"/> with its Khmer pages in Khmer digits (digits: native), served.</summary>
public sealed class KhmerDigitDataSiteServed() : ServedSite(DataSiteFiles.Files(DataSiteFiles.SiteYml.Replace(
    "{code: km, label: ខ្មែរ, locale: km-KH}", "{code: km, label: ខ្មែរ, locale: km-KH, digits: native}", StringComparison.Ordinal)));
