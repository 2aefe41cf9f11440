using System.Diagnostics;

namespace UprSite.Build.Pipeline;

/// <summary>Measures the stages of one build in the order they run.</summary>
public sealed class StageClock
{
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _watch = new();

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> work)
    {
        _watch.Restart();
        var result = work();
        _timings.Add(new StageTiming(stage, _watch.ElapsedMilliseconds));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}
