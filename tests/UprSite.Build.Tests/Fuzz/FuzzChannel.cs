using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Fuzz;

/// <summary>
/// One kind of input file: real files to start from, the tokens that matter to its parser, the parser itself (the
/// seam the fuzzer drives directly) and where the file sits in a site, for the inputs that go through a whole build.
/// </summary>
/// <param name="SitePath">Path under input/ in <see cref="FuzzSite"/>; null when whole builds are not run for it.</param>
/// <param name="Mutate">How a seed becomes a mutant; null: <see cref="Mutator.Mutate"/> on the file's bytes.</param>
public sealed record FuzzChannel(
    string Name,
    IReadOnlyList<byte[]> Seeds,
    IReadOnlyList<string> Tokens,
    Action<byte[], DiagnosticList> Parse,
    string? SitePath,
    Func<Mutator, byte[], byte[]>? Mutate = null)
{
    /// <summary>A whole real export: slower to read, so it gets a tenth of the inputs.</summary>
    public bool IsWorkbook { get; init; }

    /// <summary>Inputs of this channel in a run of <paramref name="iterations"/> per text channel.</summary>
    public int InputsFor(int iterations) => IsWorkbook ? Math.Max(10, iterations / 10) : iterations;

    public override string ToString() => Name;
}
