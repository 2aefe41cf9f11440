using System.Text.Json;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Output;

/// <summary>
/// UPR Info's cycle-1 export writes "Bolivia", DIHR's cycle-2 export "Bolivia (Plurinational State of)": the downloads
/// name the State under Review once, by its UN name, whichever file a row came from (Cambodia makes it a site of two
/// countries, which has a download per recommending State).
/// </summary>
public sealed class StateUnderReviewNameTests
{
    [Fact]
    public void Every_download_names_the_State_under_Review_by_its_UN_name_whatever_the_source_wrote()
    {
        using var site = new TestSite(withCountry: false);
        site.Write("countries/bo/country.yml", "names: {en: Bolivia}\nreviews:\n  - {cycle: 1, session: 7, date: 2010-02-10}\n  - {cycle: 2, session: 20, date: 2014-10-27}\n");
        site.CopyInto(RealExports.UprInfo6To9, "countries/bo/recommendations/6-9.csv");
        site.CopyInto(RealExports.DihrCycle2, "countries/bo/recommendations/upr2.xlsx");
        site.Write("countries/kh/country.yml", "names: {en: Cambodia}\nreviews:\n  - {cycle: 1, session: 6, date: 2009-12-01}\n");
        site.CopyInto(RealExports.UprInfo6To9, "countries/kh/recommendations/6-9.csv");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        using var json = JsonDocument.Parse(result.Output!.Files["data/bo/recommendations.json"].Content);
        var rows = json.RootElement.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.Equal([1, 2], rows.Select(r => r.GetProperty("cycle").GetInt32()).Distinct().Order());
        Assert.Equal(["Bolivia (Plurinational State of)"], rows.Select(r => r.GetProperty("state_under_review").GetString()).Distinct());
        Assert.DoesNotContain(",Bolivia,", System.Text.Encoding.UTF8.GetString(result.Output.Files["data/bo/recommendations.csv"].Content), StringComparison.Ordinal);
        var france = System.Text.Encoding.UTF8.GetString(result.Output.Files["data/states/france.csv"].Content).Split('\n');
        var toBolivia = france.Where(l => l.Contains(",bo,", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(toBolivia);
        Assert.All(toBolivia, l => Assert.StartsWith("France,Bolivia (Plurinational State of),bo,", l, StringComparison.Ordinal));
    }
}
