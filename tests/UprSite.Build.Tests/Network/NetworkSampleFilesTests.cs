using UprSite.Synthetic;

namespace UprSite.Build.Tests.Network;

/// <summary>samples/network/ is exactly what the generator writes with <see cref="NetworkSample.Arguments"/>.</summary>
public sealed class NetworkSampleFilesTests
{
    [Fact]
    public void The_committed_sample_is_what_the_generator_writes_today()
    {
        var fresh = Path.Combine(Path.GetTempPath(), "uprsite-network-files-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            SyntheticSite.Write(SyntheticOptions.Parse([.. NetworkSample.Arguments, "--out", fresh]));
            var written = Files(fresh);
            var committed = Files(NetworkSample.Input);
            var regenerate = "write it again as samples/README.md says";

            Assert.True(written.Keys.SequenceEqual(committed.Keys), $"samples/network/ holds other files than the generator writes; {regenerate}");
            Assert.All(written, f => Assert.True(f.Value.AsSpan().SequenceEqual(committed[f.Key]), $"samples/network/{f.Key} differs; {regenerate}"));
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    private static SortedDictionary<string, byte[]> Files(string root) => new(
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);
}
