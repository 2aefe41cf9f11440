namespace UprSite.Build.Tests.Network;

/// <summary>A CSV the build wrote, read by this test's own reader: one dictionary per line, keyed by the header.</summary>
public static class BuiltCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var records = SampleRows.Records(File.ReadAllText(path));
        var header = records[0];
        return records.Skip(1).Where(r => r.Count == header.Count)
            .Select(r => (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal))
            .ToList();
    }
}
