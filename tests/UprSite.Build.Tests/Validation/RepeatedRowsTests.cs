using System.Text.Json;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Validation;

/// <summary>
/// UPR Info's cycle-1 export lists Chad's "Integrate the various regional and international human rights instruments
/// to which it is a party into its domestic legislation" to Lesotho twice, word for word (DIHR's export once, as
/// paragraph 97.3). Counted once and reported, alone or beside DIHR's export, which then gives the same count.
/// </summary>
public sealed class RepeatedRowsTests
{
    private const string Lesotho = "names: {en: Lesotho}\nreviews:\n  - {cycle: 1, session: 8, date: 2010-05-03}\n";

    [Fact]
    public void A_row_a_file_repeats_word_for_word_is_counted_once_with_a_warning_at_the_repeat()
    {
        var rows = File.ReadAllText(RealExports.UprInfo6To9, System.Text.Encoding.Latin1).Split('\r', '\n').Count(l => l.StartsWith("Lesotho,", StringComparison.Ordinal));
        Assert.Equal(136, rows);
        using var site = Site(("6-9.csv", RealExports.UprInfo6To9));

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        var repeat = Assert.Single(result.Diagnostics, d => d.Code == "UPR0574");
        Assert.EndsWith("6-9.csv", repeat.File, StringComparison.Ordinal);
        Assert.Contains("Chad, cycle 1", repeat.Message, StringComparison.Ordinal);
        Assert.Equal(rows - 1, Received(result));
    }

    [Fact]
    public void Beside_DIHRs_export_the_repeat_finds_no_partner_of_its_own_and_the_count_is_DIHRs()
    {
        using var dihrAlone = Site(("upr1.xlsx", RealExports.DihrCycle1));
        using var both = Site(("6-9.csv", RealExports.UprInfo6To9), ("upr1.xlsx", RealExports.DihrCycle1));

        var alone = dihrAlone.Build(write: false);
        var merged = both.Build(write: false);

        Assert.True(merged.Succeeded, string.Join('\n', merged.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(Received(alone), Received(merged));
        Assert.Single(merged.Diagnostics, d => d.Code == "UPR0574");
    }

    private static TestSite Site(params (string Name, string Path)[] files)
    {
        var site = new TestSite(withCountry: false);
        site.Write("countries/ls/country.yml", Lesotho);
        foreach (var (name, path) in files)
        {
            site.CopyInto(path, $"countries/ls/recommendations/{name}");
        }

        return site;
    }

    private static int Received(UprSite.Build.Pipeline.BuildResult result)
    {
        using var statistics = JsonDocument.Parse(result.Output!.Files["data/ls/statistics.json"].Content);
        return statistics.RootElement.GetProperty("cycles").EnumerateArray().Single().GetProperty("rows").GetProperty("received").GetInt32();
    }
}
