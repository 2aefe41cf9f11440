using System.Text.Json;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Validation;

/// <summary>
/// Official totals that leave recommendations neither supported nor noted: pending, unless the totals count some as
/// partly supported. Totals that cannot say so while the rows do are warned with the figure to add.
/// </summary>
public sealed class DeclaredPartlySupportedTests
{
    // Four paragraphs: 110.1 supported, 110.2 noted, 110.8 partly supported, 110.9 pending.
    private const string Rows = """
        cycle,session,recommending_state,response,document,paragraph,text
        3,32,France,supported,A/HRC/41/17,110.1,Strengthen the independence of the judiciary.
        3,32,Chile,noted,A/HRC/41/17,110.2,Put an end to forced evictions.
        3,32,Maldives,supported/noted,A/HRC/41/17,110.8,Ratify the Optional Protocol to CEDAW and withdraw its reservations.
        3,32,Türkiye,pending,A/HRC/41/17,110.9,Review the law on associations.
        """;

    private static TestSite Site(string declared) => new TestSite()
        .Write("countries/kh/country.yml", $"""
            names: {"{en: Cambodia}"}
            reviews:
              - cycle: 3
                session: 32
                date: 2019-01-30
                declared: {declared}
            """)
        .Write("countries/kh/recommendations/rows.csv", Rows);

    [Fact]
    public void Totals_without_partly_supported_warn_and_name_the_figure_the_rows_give()
    {
        using var site = Site("{received: 4, supported: 1, noted: 1, source: \"A/HRC/41/17/Add.1\"}");
        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "UPR0509");
        Assert.Contains("(1 supported, 1 noted, 2 pending; source: A/HRC/41/17/Add.1)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("add 'partly_supported: 1' under 'declared'", warning.Message, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output!.Files["data/kh/statistics.json"].Content);
        var cycle = json.RootElement.GetProperty("cycles").EnumerateArray().Single();
        Assert.True(cycle.GetProperty("declared_and_rows_disagree").GetBoolean());
    }

    [Fact]
    public void Totals_with_partly_supported_agree_with_the_rows_and_leave_only_the_unanswered_pending()
    {
        using var site = Site("{received: 4, supported: 1, partly_supported: 1, noted: 1, source: \"A/HRC/41/17/Add.1\"}");
        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "UPR0509");
        using var json = JsonDocument.Parse(result.Output!.Files["data/kh/statistics.json"].Content);
        var declared = json.RootElement.GetProperty("cycles").EnumerateArray().Single().GetProperty("declared");
        Assert.Equal((1, 1, 1), (declared.GetProperty("partly_supported").GetInt32(), declared.GetProperty("pending").GetInt32(), declared.GetProperty("noted").GetInt32()));
    }

    [Fact]
    public void Totals_that_add_up_to_more_than_received_are_an_error_naming_each_part()
    {
        using var site = Site("{received: 2, supported: 1, partly_supported: 1, noted: 1, source: \"A/HRC/41/17/Add.1\"}");
        var result = site.Build(write: false);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("supported (1), partly_supported (1) and noted (1) add up to more than received (2)", error.Message, StringComparison.Ordinal);
    }
}
