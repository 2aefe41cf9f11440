using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UprSite.Build.Pipeline;
using UprSite.TestSupport;

namespace UprSite.Build.Tests.Support;

/// <summary>The data site of <see cref="DataSiteFiles"/> as a <see cref="TestSite"/>.</summary>
public static class DataSite
{
    public static TestSite Create() =>
        new TestSite()
            .Write("countries/kh/recommendations/rows.csv", DataSiteFiles.RowsCsv)
            .Write("countries/kh/implementation.csv", DataSiteFiles.ImplementationCsv);

    public static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    public static IDocument Page(BuildResult result, string path) =>
        new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(result.Output!.Files[path].Content));
}
