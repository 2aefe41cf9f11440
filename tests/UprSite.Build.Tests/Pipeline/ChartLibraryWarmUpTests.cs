using UprSite.Build.Pipeline;

namespace UprSite.Build.Tests.Pipeline;

public sealed class ChartLibraryWarmUpTests
{
    [Fact]
    public async Task The_warm_up_draws_every_chart_shape_without_error_and_runs_once()
    {
        var first = ChartLibraryWarmUp.Start();

        await first.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(first.IsCompletedSuccessfully);
        Assert.Same(first, ChartLibraryWarmUp.Start());
    }
}
