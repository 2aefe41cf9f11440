using System.Diagnostics;
using UprSite.Core.Diagnostics;
using Xunit.Abstractions;

namespace UprSite.Build.Tests.Fuzz;

/// <summary>
/// The property of issue 10: whatever the input, the parsers and the pipeline never throw; every outcome is
/// diagnostics (or success). Seeded mutants of real files for each input channel, through the parser directly and,
/// for one input in <see cref="FuzzSettings.WholeBuildEvery"/>, through a whole build. Small by default; a long
/// local run: <c>UPRSITE_FUZZ_ITERATIONS=10000 dotnet test tests/UprSite.Build.Tests --filter FullyQualifiedName~Fuzz</c>.
/// A failure names the channel, the input's seed and its mutations, and saves the mutant for replaying.
/// </summary>
public sealed class FuzzTests(FuzzSite site, ITestOutputHelper output) : IClassFixture<FuzzSite>
{
    public static TheoryData<string> Channels => new(FuzzChannels.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Channels))]
    public void No_mutated_input_makes_the_parser_or_the_build_throw(string name)
    {
        var channel = FuzzChannels.All.Single(c => c.Name == name);
        var (inputs, success, errors, wholeBuilds, slowest) = (channel.InputsFor(FuzzSettings.Iterations), 0, 0, 0, 0L);
        var failures = new List<string>();
        for (var i = 0; i < inputs; i++)
        {
            var seed = FuzzSettings.InputSeed(name, i);
            var mutator = new Mutator(seed, channel.Tokens);
            var original = channel.Seeds[i % channel.Seeds.Count];
            var bytes = channel.Mutate?.Invoke(mutator, original) ?? mutator.Mutate(original);
            var diagnostics = new DiagnosticList();
            var clock = Stopwatch.StartNew();
            try
            {
                channel.Parse(bytes, diagnostics);
                (success, errors) = diagnostics.HasErrors ? (success, errors + 1) : (success + 1, errors);
            }
            catch (Exception e)
            {
                failures.Add(Failure(name, i, seed, mutator, bytes, e));
            }

            if (channel.SitePath is { } path && i % FuzzSettings.WholeBuildEvery == 0)
            {
                wholeBuilds++;
                try
                {
                    if (site.Build(path, bytes).Failure is { } failure)
                    {
                        failures.Add(Failure(name + " (whole build)", i, seed, mutator, bytes, failure));
                    }
                }
                catch (Exception e)
                {
                    failures.Add(Failure(name + " (whole build)", i, seed, mutator, bytes, e));
                }
            }

            slowest = Math.Max(slowest, clock.ElapsedMilliseconds);
        }

        var summary = $"fuzz {name}: {inputs} inputs ({wholeBuilds} also through a whole build): {success} success, {errors} diagnostics, {failures.Count} exceptions; slowest input {slowest} ms";
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("UPRSITE_FUZZ_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, summary + Environment.NewLine);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures.Take(5)));
    }

    private static string Failure(string channel, int iteration, int seed, Mutator mutator, byte[] bytes, Exception e)
    {
        var saved = Path.Combine(Path.GetTempPath(), "uprsite-fuzz-failures", $"{channel.Replace(' ', '-')}-{iteration}.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
        File.WriteAllBytes(saved, bytes);
        return $"{channel}: input {iteration} (seed {seed}; {string.Join("; ", mutator.Log)}) threw, saved to {saved}:{Environment.NewLine}{e}";
    }
}
