using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Many;

/// <summary>
/// One export for the whole site in input/recommendations/ is split by State under Review among the country folders;
/// rows of States without a folder are left out and counted per State.
/// </summary>
public sealed class SiteExportTests : IDisposable
{
    private const string Export = """
        id,cycle,session,state_under_review,recommending_state,response,issues,document,paragraph,text
        a-1,2,18,Cambodia,France,supported,Right to land,A/HRC/26/16,118.1,Adopt a law on evictions.
        a-2,2,18,Kingdom of Cambodia,Japan,noted,Justice,A/HRC/26/16,118.2,Reform the courts.
        a-3,2,18,Thailand,France,supported,Labour,A/HRC/33/16,158.1,Protect migrant workers.
        a-4,2,18,Viet Nam,France,supported,Labour,A/HRC/26/6,143.1,Protect workers.
        a-5,2,18,Vietnam,Japan,noted,Labour,A/HRC/26/6,143.2,Ratify the conventions.
        a-6,2,18,Atlantis,Japan,noted,Labour,A/HRC/1/1,1.1,Do something.
        """;

    private readonly TestSite _site = new TestSite()
        .Write("countries/th/country.yml", "names: {en: Thailand, km: ថៃ}\n")
        .Write("countries/th/recommendations/own.csv", """
            id,cycle,session,recommending_state,response,issues,document,paragraph,text
            t-1,3,39,Japan,supported,Justice,A/HRC/49/17,110.1,Reform the lese-majeste law.
            """)
        .Write("recommendations/all.csv", Export);

    [Fact]
    public void Rows_go_to_the_country_of_their_state_under_review_and_the_rest_are_counted_per_state()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var kh = Rows("kh");
        var th = Rows("th");
        Assert.Equal(["a-1", "a-2"], kh);
        Assert.Equal(["a-3", "t-1"], th.Order(StringComparer.Ordinal));
        var split = Assert.Single(result.Diagnostics, d => d.Code == "UPR0990");
        Assert.EndsWith("recommendations/all.csv", split.File, StringComparison.Ordinal);
        Assert.Contains("kh 2, th 1", split.Message, StringComparison.Ordinal);
        var left = Assert.Single(result.Diagnostics, d => d.Code == "UPR0991");
        Assert.Contains("3 rows are left out", left.Message, StringComparison.Ordinal);
        Assert.Contains("Viet Nam [vn] (2)", left.Message, StringComparison.Ordinal);
        Assert.Contains("'Atlantis' (no known State) (1)", left.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_export_without_left_out_rows_gives_no_warning()
    {
        _site.Write("recommendations/all.csv", string.Join('\n', Export.ReplaceLineEndings("\n").Split('\n').Take(4)));

        var result = _site.Build();

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "UPR0991");
        Assert.Equal(["a-1", "a-2"], Rows("kh"));
    }

    private List<string> Rows(string code) =>
        _site.ReadOutput($"data/{code}/recommendations.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(',')[0]).ToList();

    public void Dispose() => _site.Dispose();
}
