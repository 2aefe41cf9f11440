using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UprSite.Build.Pipeline;

namespace UprSite.Build.Tests.Support;

/// <summary>
/// A small site with recommendation rows for Cambodia's second cycle (declared 205 / 163 / 42 in country.yml, six
/// rows here, so the declared total and the rows disagree) and three implementation ratings.
/// </summary>
public static class DataSite
{
    public const string RowsCsv = """
        id,cycle,session,recommending_state,regional_group,response,action_category,issues,document,paragraph,text
        t-1,2,18,France,WEOG,supported,5,Right to land; Justice,A/HRC/26/16,118.1,Adopt a law on evictions with fair compensation.
        t-2,2,18,France,WEOG,noted,3,Right to land,A/HRC/26/16,118.2,"Consider a moratorium on land concessions, as promised."
        t-3,2,18,Japan,Asia,supported,4,Labour,A/HRC/26/16,118.3,Strengthen labour inspection in garment factories.
        t-4,2,18,Côte d'Ivoire,Africa,supported,4,Right to land,A/HRC/26/16,118.4,Ensure that communities are consulted before a concession.
        t-5,2,18,United Kingdom,WEOG,noted,5,Elections,A/HRC/26/16,118.5,Reform the national election committee.
        t-6,2,18,Japan,Asia,supported,2,Justice,A/HRC/26/16,118.6,Continue the reform of the courts.
        """;

    public const string ImplementationCsv = """
        recommendation_id,status,evidence,source,date
        t-1,not implemented,No eviction law has been tabled in parliament.,Coalition monitoring note 2023,2023-06-30
        t-3,partially implemented,Inspections doubled but fines are rarely collected.,Labour ministry report 2023,2023-09-01
        t-6,fully implemented,The three court laws were adopted.,Official gazette,2022-12-15
        """;

    public static TestSite Create() =>
        new TestSite()
            .Write("countries/kh/recommendations/rows.csv", RowsCsv)
            .Write("countries/kh/implementation.csv", ImplementationCsv);

    public static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    public static IDocument Page(BuildResult result, string path) =>
        new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(result.Output!.Files[path].Content));
}
