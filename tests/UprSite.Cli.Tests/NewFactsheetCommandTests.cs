namespace UprSite.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class NewFactsheetCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-new-" + Guid.NewGuid().ToString("N")[..12]);

    public NewFactsheetCommandTests()
    {
        Write("site.yml", "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n  - {code: km, label: ខ្មែរ}\n");
        Write("countries/kh/country.yml", "names: {en: Cambodia, km: កម្ពុជា}\n");
    }

    private string Input => Path.Combine(_root, "input");

    private string[] New(string country, string slug, string lang) =>
        ["new", "factsheet", "--input", Input, "--theme", RepoRoot.Theme, "--country", country, "--slug", slug, "--lang", lang];

    [Fact]
    public void It_writes_a_skeleton_that_builds_without_errors_and_warns_only_about_its_placeholders()
    {
        var (code, output, _) = ConsoleCapture.Run(New("kh", "land", "en"));
        Assert.Equal(0, code);
        Assert.Contains("land.en.md", output, StringComparison.Ordinal);
        Assert.Equal(0, ConsoleCapture.Run(New("kh", "land", "km")).ExitCode);

        var english = File.ReadAllText(Path.Combine(Input, "countries/kh/factsheets/land.en.md"));
        Assert.StartsWith("---\ntitle: \"Land\"\n", english, StringComparison.Ordinal);
        Assert.Contains("## Questions {#questions}\n\n1. ", english, StringComparison.Ordinal);
        Assert.Contains("4. ", english, StringComparison.Ordinal);
        Assert.Contains("## Recommendations {#recommendations}\n\n1. Adopt, by the end of 2027", english, StringComparison.Ordinal);
        Assert.Contains("## សំណួរ {#questions}", File.ReadAllText(Path.Combine(Input, "countries/kh/factsheets/land.km.md")), StringComparison.Ordinal);

        var (checkCode, checkOutput, _) = ConsoleCapture.Run("check", "--input", Input, "--theme", RepoRoot.Theme, "--format", "json");
        Assert.Equal(0, checkCode);
        var codes = checkOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("code").GetString()).ToList();
        // Seven placeholder lines in each of the two files (contact, context, four questions, the recommendation).
        Assert.Equal(14, codes.Count);
        Assert.All(codes, c => Assert.Equal("UPR0711", c));
    }

    [Fact]
    public void It_refuses_to_overwrite_a_factsheet()
    {
        Write("countries/kh/factsheets/land.en.md", "mine");

        var (code, _, error) = ConsoleCapture.Run(New("kh", "land", "en"));

        Assert.Equal(1, code);
        Assert.Contains("already exists and was left as it is", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Input, "countries/kh/factsheets/land.en.md")));
    }

    [Theory]
    [InlineData("xx", "land", "en", "there is no country folder")]
    [InlineData("kh", "Land Rights", "en", "cannot become an address")]
    [InlineData("kh", "land", "de", "site.yml declares no language 'de'; use one of en, km")]
    public void It_fails_clearly_and_writes_nothing(string country, string slug, string lang, string message)
    {
        var (code, _, error) = ConsoleCapture.Run(New(country, slug, lang));

        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Input, "countries", country, "factsheets")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
