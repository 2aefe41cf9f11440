using UprSite.Build.Pipeline;

namespace UprSite.Build.Tests.Support;

/// <summary>Editing a copied site between builds, and comparing an incremental build with a clean one byte for byte.</summary>
public static class IncrementalSite
{
    public static void AssertSameOutput(BuildResult expected, BuildResult actual)
    {
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.LanguageGaps.Select(Gaps), actual.LanguageGaps.Select(Gaps));
        Assert.Equal(expected.Output!.Files.Keys, actual.Output!.Files.Keys);
        Assert.All(expected.Output.Files, f => Assert.True(f.Value.Content.AsSpan().SequenceEqual(actual.Output.Files[f.Key].Content), $"{f.Key} differs from a clean build"));
    }

    public static string Text(BuildResult result, string path) => System.Text.Encoding.UTF8.GetString(result.Output!.Files[path].Content);

    public static void Append(string root, string path, string text) => File.AppendAllText(Path.Combine(root, path), text);

    public static void Replace(string root, string path, string from, string to)
    {
        var full = Path.Combine(root, path);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(full, text.Replace(from, to, StringComparison.Ordinal));
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Gaps(UprSite.Build.I18n.LanguageGaps gaps) =>
        $"{gaps.Language}: {string.Join(',', gaps.Content)} | {string.Join(',', gaps.Texts)} | {string.Join(',', gaps.UiStrings)}";
}
