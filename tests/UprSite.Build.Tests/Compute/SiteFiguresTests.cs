using UprSite.Build.Compute;
using UprSite.Build.I18n;
using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Compute;

[Collection(SampleCollection.Name)]
public sealed class SiteFiguresTests(SampleSite sample)
{
    [Fact]
    public void The_sample_site_gets_Cambodias_declared_cycles_slugs_for_every_State_and_rows_in_cycle_order()
    {
        var site = sample.Result.Site!;
        var cambodia = site.Countries.Single(c => c.Code == "kh");

        var data = SiteFigures.Compute(site, new UiStrings(new Dictionary<string, IReadOnlyDictionary<string, string>>(), "en", "input/i18n")).Of(cambodia);

        Assert.Equal([91, 205, 198, 275], data.Statistics.Cycles.Select(c => c.Shown.Received));
        Assert.Equal([91, 163, 173, 232], data.Statistics.Cycles.Select(c => c.Shown.Supported));
        Assert.All(cambodia.Recommendations, r => Assert.True(data.Slugs.ContainsKey(r.RecommendingState), r.RecommendingState));
        Assert.Equal(cambodia.Recommendations.Count, data.Rows.Count);
        Assert.Equal(data.Rows.Select(r => r.Cycle).Order(), data.Rows.Select(r => r.Cycle));
    }
}
