using System.Diagnostics;

namespace UprSite.Build.Pipeline;

/// <summary>Measures the stages of one build in the order they run, and knows which one is running.</summary>
/// <param name="starting">Told each stage's name as it starts (<see cref="BuildOptions.StageStarting"/>).</param>
public sealed class StageClock(Action<string>? starting = null)
{
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _watch = new();

    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>The stage running or last run, named in the internal error when one throws.</summary>
    public string Current { get; private set; } = "load";

    public T Time<T>(string stage, Func<T> work)
    {
        Current = stage;
        starting?.Invoke(stage);
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
