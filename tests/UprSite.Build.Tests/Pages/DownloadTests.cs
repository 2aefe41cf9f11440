using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages;

public sealed class DownloadTests : IDisposable
{
    private readonly TestSite _site = DataSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Recommendations_csv_has_the_documented_columns_and_one_line_per_row()
    {
        _site.Build();
        var bytes = File.ReadAllBytes(Path.Combine(_site.Output, "data", "kh", "recommendations.csv"));
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("id,cycle,session,session_source,state_under_review,recommending_state,recommending_state_slug,recommending_source,regional_group,response,issues,"
            + "action_category,action_category_source,document,paragraph,sdgs,themes,affected_persons,text,implementation_status,implementation_evidence,implementation_source,implementation_assessed", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Equal("t-2,2,18,source,Cambodia,France,france,state,WEOG,noted,Right to land,3,source,A/HRC/26/16,118.2,,,,\"Consider a moratorium on land concessions, as promised.\",,,,", lines[2]);
        Assert.StartsWith("t-1,2,18,source,Cambodia,France,france,state,WEOG,supported,Right to land; Justice,5,source,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",not-implemented,No eviction law has been tabled in parliament.,Coalition monitoring note 2023,2023-06-30", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Recommendations_json_and_statistics_json_hold_the_rows_and_the_figures()
    {
        _site.Build();
        using var rows = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "data", "kh", "recommendations.json")));
        using var stats = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "data", "kh", "statistics.json")));

        Assert.Equal(6, rows.RootElement.GetProperty("count").GetInt32());
        var first = rows.RootElement.GetProperty("recommendations")[0];
        Assert.Equal(["Right to land", "Justice"], first.GetProperty("issues").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("not-implemented", first.GetProperty("implementation").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, rows.RootElement.GetProperty("recommendations")[1].GetProperty("implementation").ValueKind);

        var cycle = stats.RootElement.GetProperty("cycles")[0];
        Assert.Equal("declared", cycle.GetProperty("shown").GetString());
        Assert.True(cycle.GetProperty("declared_and_rows_disagree").GetBoolean());
        Assert.Equal(205, cycle.GetProperty("declared").GetProperty("received").GetInt32());
        Assert.Equal(6, cycle.GetProperty("rows").GetProperty("received").GetInt32());
        Assert.Equal(0.6667, stats.RootElement.GetProperty("rows").GetProperty("supported_rate").GetDouble());
        Assert.Equal("Right to land", stats.RootElement.GetProperty("issues")[0].GetProperty("issue").GetString());
        Assert.Equal("cote-d-ivoire", stats.RootElement.GetProperty("recommending_states").EnumerateArray()
            .Single(s => s.GetProperty("state").GetString() == "Côte d'Ivoire").GetProperty("slug").GetString());
        Assert.Equal(1, stats.RootElement.GetProperty("implementation").GetProperty("all").GetProperty("fully_implemented").GetInt32());
    }

    [Fact]
    public void Two_builds_of_the_same_input_give_the_same_bytes()
    {
        _site.Build();
        var first = Hashes(_site.Output);
        Directory.Delete(_site.Output, recursive: true);
        _site.Build();

        Assert.Equal(first, Hashes(_site.Output));
        Assert.Contains("data/kh/statistics.json", first.Keys);
        Assert.Contains("en/countries/kh/states/france/index.html", first.Keys);
    }

    private static SortedDictionary<string, string> Hashes(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
