using System.Globalization;

namespace UprSite.Build.Tests.Fuzz;

/// <summary>
/// How much the fuzz suite runs. By default a small run that is part of every test run; for a long local run set
/// UPRSITE_FUZZ_ITERATIONS (inputs per text channel; workbooks get a tenth, each being a whole export) and, to explore
/// other mutants, UPRSITE_FUZZ_SEED. Every input's seed is printed with any failure, so a failure can be replayed.
/// </summary>
public static class FuzzSettings
{
    public static int Iterations { get; } = Read("UPRSITE_FUZZ_ITERATIONS", 120);

    public static int Seed { get; } = Read("UPRSITE_FUZZ_SEED", 20261201);

    /// <summary>One input in this many also goes through a whole build (SiteBuilder, nothing written).</summary>
    public static int WholeBuildEvery { get; } = Math.Max(150, Iterations / 20);

    /// <summary>The seed of one input: the same on every machine and in every process.</summary>
    public static int InputSeed(string channel, int iteration)
    {
        var hash = 2166136261u;
        foreach (var c in channel)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash ^ Seed) + (iteration * 7919);
    }

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
