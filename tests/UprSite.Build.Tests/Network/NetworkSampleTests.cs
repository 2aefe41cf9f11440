using System.Text.Json;
using UprSite.Core.Reference;

namespace UprSite.Build.Tests.Network;

/// <summary>
/// The many-country sample builds cleanly, every country has its pages in every language, and each country's figures
/// are those of its own rows (counted here from the CSVs, not by the build's reader).
/// </summary>
[Collection(NetworkCollection.Name)]
public sealed class NetworkSampleTests(NetworkSample sample)
{
    [Fact]
    public void The_sample_holds_four_countries_and_builds_without_errors_or_warnings()
    {
        Assert.Equal(["az", "mw", "pe", "st"], sample.Countries);
        Assert.True(sample.Result.Succeeded, string.Join('\n', sample.Result.Diagnostics.Where(d => d.IsError)));
        Assert.DoesNotContain(sample.Result.Diagnostics, d => d.Severity == UprSite.Core.Diagnostics.Severity.Warning);
    }

    [Fact]
    public void Every_country_has_its_page_explorer_factsheets_and_one_page_per_recommending_state_in_every_language()
    {
        foreach (var country in sample.Countries)
        {
            var states = SampleRows.Of(country).Select(r => UnStates.Resolve(r.RecommendingState).State!.Slug).ToHashSet();
            var factsheets = Directory.GetFiles(Path.Combine(NetworkSample.Input, "countries", country, "factsheets"), "*.en.md")
                .Select(f => Path.GetFileName(f)[..^".en.md".Length]).ToList();
            Assert.Equal(2, factsheets.Count);
            Assert.InRange(states.Count, 20, 30);
            foreach (var language in sample.Languages)
            {
                var folder = Path.Combine(sample.Output, language, "countries", country);
                Assert.True(File.Exists(Path.Combine(folder, "index.html")), $"{language}/countries/{country}/index.html");
                Assert.True(File.Exists(Path.Combine(folder, "recommendations", "index.html")), $"{language} explorer of {country}");
                Assert.All(factsheets, f => Assert.True(File.Exists(Path.Combine(folder, "factsheets", f, "index.html")), $"{language} {country} {f}"));
                var statePages = Directory.GetDirectories(Path.Combine(folder, "states"))
                    .Where(d => File.Exists(Path.Combine(d, "index.html"))).Select(Path.GetFileName).ToHashSet();
                Assert.Equal(states.Order(StringComparer.Ordinal), statePages.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void The_site_holds_every_country_page_and_nothing_left_over_under_countries()
    {
        var pages = Directory.GetFiles(sample.Output, "*.html", SearchOption.AllDirectories).Length;
        var countryPages = sample.Countries.Sum(c =>
            sample.Languages.Sum(l => Directory.GetFiles(Path.Combine(sample.Output, l, "countries", c), "*.html", SearchOption.AllDirectories).Length));
        var expected = sample.Countries.Sum(c =>
            SampleRows.Of(c).Select(r => r.RecommendingState).Distinct().Count() * 2 /* a page and a brief per State */ + 2 /* factsheets */ + 1 /* country page */
            + (SampleRows.Of(c).Count + 99) / 100 /* the explorer's plain pages of 100 rows */)
            * sample.Languages.Count;

        Assert.Equal(expected, countryPages);
        Assert.True(pages > countryPages, $"{pages} pages in all, {countryPages} of them under countries/");
    }

    [Fact]
    public void Each_countrys_figures_are_those_of_its_own_rows_per_cycle_and_per_recommending_state()
    {
        foreach (var country in sample.Countries)
        {
            var rows = SampleRows.Of(country);
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sample.Output, "data", country, "statistics.json")));
            var root = json.RootElement;

            Assert.Equal(country, root.GetProperty("country").GetString());
            Assert.Equal(rows.Count, root.GetProperty("rows").GetProperty("received").GetInt32());
            foreach (var cycle in root.GetProperty("cycles").EnumerateArray())
            {
                var number = cycle.GetProperty("cycle").GetInt32();
                var ofCycle = rows.Where(r => r.Cycle == number).ToList();
                var paragraphs = ofCycle.DistinctBy(r => r.Paragraph).ToList();
                Assert.Equal(ofCycle.Count, cycle.GetProperty("rows").GetProperty("received").GetInt32());
                Assert.Equal(ofCycle.Count(r => r.Response == "supported"), cycle.GetProperty("rows").GetProperty("supported").GetInt32());
                Assert.Equal(paragraphs.Count, cycle.GetProperty("declared").GetProperty("received").GetInt32());
                Assert.Equal(paragraphs.Count(r => r.Response == "noted"), cycle.GetProperty("declared").GetProperty("noted").GetInt32());
            }

            var byState = root.GetProperty("recommending_states").EnumerateArray()
                .ToDictionary(s => s.GetProperty("state").GetString()!, s => s.GetProperty("received").GetInt32());
            var expected = rows.GroupBy(r => r.RecommendingState).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), byState.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Each_countrys_affected_persons_are_counted_from_its_rows()
    {
        foreach (var country in sample.Countries)
        {
            var rows = SampleRows.Of(country);
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sample.Output, "data", country, "statistics.json")));
            var persons = json.RootElement.GetProperty("affected_persons");
            var expected = rows.SelectMany(r => r.AffectedPersons.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                .GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
            var counted = persons.GetProperty("groups").EnumerateArray()
                .ToDictionary(g => g.GetProperty("group").GetString()!, g => g.GetProperty("received").GetInt32());

            Assert.Equal(rows.Count(r => r.AffectedPersons.Length > 0), persons.GetProperty("linked").GetInt32());
            Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), counted.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Each_country_has_paragraphs_co_sponsored_by_several_states()
    {
        foreach (var country in sample.Countries)
        {
            var shared = SampleRows.Of(country).GroupBy(r => (r.Cycle, r.Paragraph)).Count(g => g.Count() > 1);

            Assert.InRange(shared, 3, 30);
        }
    }
}
