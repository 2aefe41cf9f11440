using UprSite.Core.Model;
using UprSite.Core.Statistics;

namespace UprSite.Core.Tests.Statistics;

public sealed class CycleFiguresTests
{
    [Theory]
    [InlineData(91, 91, 0, 1.0)]
    [InlineData(205, 163, 42, 0.795)]
    [InlineData(198, 173, 25, 0.874)]
    [InlineData(275, 232, 43, 0.844)]
    public void Cambodias_supported_share_per_cycle(int received, int supported, int noted, double share)
    {
        var figures = new CycleFigures(1, received, supported, noted);
        Assert.Equal(share, figures.SupportedRate!.Value, 3);
        Assert.Equal(0, figures.Pending);
    }

    [Fact]
    public void No_recommendations_means_no_rate() => Assert.Null(new CycleFigures(1, 0, 0, 0).SupportedRate);

    [Fact]
    public void Rates_stay_between_0_and_1_and_counts_add_up()
    {
        for (var received = 0; received <= 60; received++)
        {
            for (var supported = 0; supported <= received; supported++)
            {
                for (var noted = 0; noted <= received - supported; noted += 7)
                {
                    var f = new CycleFigures(2, received, supported, noted);
                    Assert.Equal(received, f.Supported + f.Noted + f.Pending);
                    if (f.SupportedRate is { } rate)
                    {
                        Assert.InRange(rate, 0, 1);
                        Assert.InRange(rate + f.NotedRate!.Value, 0, 1.0000001);
                    }
                }
            }
        }
    }

    [Fact]
    public void Declared_figures_come_in_cycle_order()
    {
        var country = new Country("kh", LocalizedText.Of("en", "Cambodia"), [], LocalizedText.Empty,
        [
            new Review(4, 46, null, [], null, null, new DeclaredTotals(275, 232, 43, "s")),
            new Review(1, 6, null, [], null, null, new DeclaredTotals(91, 91, 0, "s")),
            new Review(3, 32, null, [], null, null, null),
        ], []);
        Assert.Equal([1, 4], DeclaredFigures.Of(country).Select(f => f.Cycle));
    }
}
