using System.Text.Json;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Output;

/// <summary>
/// A paragraph supported in part and noted in part is its own value in every count: never pending, never supported.
/// </summary>
public sealed class PartlySupportedTallyTests : IDisposable
{
    // Paragraph 110.8 is made by Maldives and Portugal and partly supported: 2 recommendations by State, 1 paragraph.
    private const string Rows = """
        cycle,session,recommending_state,response,issues,document,paragraph,themes,affected_persons,text
        3,32,France,supported,Justice,A/HRC/41/17,110.1,,,Strengthen the independence of the judiciary.
        3,32,Chile,noted,Right to land,A/HRC/41/17,110.2,,,Put an end to forced evictions.
        3,32,Maldives,supported/noted,Women's rights,A/HRC/41/17,110.8,"A12 Acceptance of international norms
        F12 Discrimination against women","women
        girls",Ratify the Optional Protocol to CEDAW and withdraw its reservations.
        3,32,Portugal,supported/noted,Women's rights,A/HRC/41/17,110.8,"A12 Acceptance of international norms
        F12 Discrimination against women","women
        girls",Ratify the Optional Protocol to CEDAW and withdraw its reservations.
        3,32,Türkiye,pending,Justice,A/HRC/41/17,110.9,,,Review the law on associations.
        """;

    private const string CountryYml = """
        names: {en: Cambodia}
        reviews:
          - cycle: 3
            session: 32
            date: 2019-01-30
            declared: {received: 5, supported: 2, noted: 1, source: "A/HRC/41/17 and addendum"}
        """;

    private readonly TestSite _site = new TestSite()
        .Write("countries/kh/country.yml", CountryYml)
        .Write("countries/kh/recommendations/rows.csv", Rows);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Statistics_count_partly_supported_apart_from_supported_noted_and_pending()
    {
        var result = _site.Build(write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        using var json = JsonDocument.Parse(result.Output!.Files["data/kh/statistics.json"].Content);
        var all = json.RootElement.GetProperty("rows");

        Assert.Equal(5, all.GetProperty("received").GetInt32());
        Assert.Equal(1, all.GetProperty("supported").GetInt32());
        Assert.Equal(2, all.GetProperty("partly_supported").GetInt32());
        Assert.Equal(1, all.GetProperty("noted").GetInt32());
        Assert.Equal(1, all.GetProperty("pending").GetInt32());
        Assert.Equal(0.2, all.GetProperty("supported_rate").GetDouble());
        var maldives = json.RootElement.GetProperty("recommending_states").EnumerateArray().Single(s => s.GetProperty("state").GetString() == "Maldives");
        Assert.Equal((0, 1, 0), (maldives.GetProperty("supported").GetInt32(), maldives.GetProperty("partly_supported").GetInt32(), maldives.GetProperty("pending").GetInt32()));
    }

    [Fact]
    public void The_States_table_has_a_partly_supported_column_and_UPR0509_names_the_partly_supported_paragraph()
    {
        var result = _site.Build(write: false);
        var table = System.Text.Encoding.UTF8.GetString(result.Output!.Files["data/kh/charts/chart-states.csv"].Content).Split('\n');

        Assert.True(table[0].StartsWith("recommending_state,received,supported,partly_supported,noted,pending,", StringComparison.Ordinal), table[0]);
        Assert.Contains(table, l => l.StartsWith("Maldives,1,0,1,0,0,", StringComparison.Ordinal));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "UPR0509");
        Assert.Contains("the rows hold 4 (1 supported, 1 partly supported, 1 noted, 1 pending)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Downloads_carry_the_sources_themes_and_affected_persons()
    {
        var result = _site.Build(write: false);
        using var json = JsonDocument.Parse(result.Output!.Files["data/kh/recommendations.json"].Content);
        var portugal = json.RootElement.GetProperty("recommendations").EnumerateArray().Single(r => r.GetProperty("recommending_state").GetString() == "Portugal");
        var csv = System.Text.Encoding.UTF8.GetString(result.Output.Files["data/kh/recommendations.csv"].Content);

        Assert.Equal(["A12 Acceptance of international norms", "F12 Discrimination against women"], portugal.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["women", "girls"], portugal.GetProperty("affected_persons").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("partly-supported", portugal.GetProperty("response").GetString());
        Assert.Contains(",sdgs,themes,affected_persons,text,", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(",\"A12 Acceptance of international norms\nF12 Discrimination against women\",\"women\ngirls\",", csv.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
