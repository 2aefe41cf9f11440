namespace UprSite.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-init-" + Guid.NewGuid().ToString("N")[..12]);

    private string Site => Path.Combine(_root, "our-site");

    [Theory]
    [InlineData("en", "kh", "Cambodia")]
    [InlineData("fr", "sn", "Sénégal")]
    [InlineData("km", "kh", "កម្ពុជា")]
    public void A_new_site_builds_with_no_error_and_warns_only_at_the_factsheet_placeholders(string language, string country, string stateName)
    {
        var (code, output, error) = ConsoleCapture.Run("init", Site, "--lang", language, "--country", country);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains($"input/countries/{country}/factsheets/first-factsheet.{language}.md: a draft", output, StringComparison.Ordinal);
        Assert.Contains("Then run 'uprsite serve'", output, StringComparison.Ordinal);

        var (buildCode, buildOutput, buildError) = ConsoleCapture.Run("build", "--input", Path.Combine(Site, "input"), "--theme", RepoRoot.Theme, "--output", Path.Combine(Site, "_site"));

        Assert.Equal(0, buildCode);
        Assert.Equal("", buildError);
        // No error and no warning: the one message says the draft factsheet is left out of the built site (UPR0205).
        Assert.Contains("0 error(s), 0 warning(s)", buildOutput, StringComparison.Ordinal);
        var messages = buildOutput.Split('\n').Where(l => l.Contains("UPR", StringComparison.Ordinal)).ToList();
        Assert.Single(messages);
        Assert.Matches($@"factsheets/first-factsheet\.{language}\.md\(\d+,\d+\): info UPR0205: ", messages[0]);
        Assert.False(File.Exists(Path.Combine(Site, "_site", language, "countries", country, "factsheets", "first-factsheet", "index.html")));

        // serve and --drafts show the draft, with each placeholder still to replace as a warning (UPR0711).
        var (draftCode, draftOutput, _) = ConsoleCapture.Run("build", "--drafts", "--input", Path.Combine(Site, "input"), "--theme", RepoRoot.Theme, "--output", Path.Combine(Site, "_site"));
        Assert.Equal(0, draftCode);
        Assert.Contains("0 error(s), 7 warning(s)", draftOutput, StringComparison.Ordinal);
        Assert.All(draftOutput.Split('\n').Where(l => l.Contains("UPR", StringComparison.Ordinal)),
            m => Assert.Matches($@"factsheets/first-factsheet\.{language}\.md\(\d+,\d+\): warning UPR0711: ", m));
        Assert.True(File.Exists(Path.Combine(Site, "_site", language, "countries", country, "factsheets", "first-factsheet", "index.html")));
        Assert.True(File.Exists(Path.Combine(Site, "_site", language, "pages", "about", "index.html")));
        var page = File.ReadAllText(Path.Combine(Site, "_site", language, "countries", country, "index.html"));
        var heading = System.Text.RegularExpressions.Regex.Match(page, "<h1>(.*?)</h1>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(heading.Success, "the country page has no h1");
        // Khmer headings keep each run of letters whole in a span of its own; the heading's text is the State's name.
        Assert.Equal(stateName, System.Text.RegularExpressions.Regex.Replace(heading.Groups[1].Value, "<[^>]+>", string.Empty));
    }

    [Fact]
    public void A_new_site_ignores_the_built_output_and_writes_no_netlify_toml_whose_build_it_could_not_run()
    {
        Assert.Equal(0, ConsoleCapture.Run("init", Site).ExitCode);

        Assert.False(File.Exists(Path.Combine(Site, "netlify.toml")));
        var ignored = File.ReadAllLines(Path.Combine(Site, ".gitignore"));
        Assert.Contains("_site/", ignored);
        Assert.Contains(".uprsite/", ignored);
        Assert.Single(Directory.GetFiles(Path.Combine(Site, "input"), "site.yml"));
        Assert.Single(Directory.GetFiles(Path.Combine(Site, "input", "countries"), "country.yml", SearchOption.AllDirectories));
    }

    [Fact]
    public void Init_refuses_a_folder_that_already_holds_a_site_and_changes_nothing()
    {
        Assert.Equal(0, ConsoleCapture.Run("init", Site).ExitCode);
        var siteYml = Path.Combine(Site, "input", "site.yml");
        File.WriteAllText(siteYml, "title: Ours\n");

        var (code, output, error) = ConsoleCapture.Run("init", Site);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("already holds a site and was left as it is", error, StringComparison.Ordinal);
        Assert.Equal("title: Ours\n", File.ReadAllText(siteYml));
    }

    [Fact]
    public void Init_keeps_an_existing_gitignore_and_adds_only_the_missing_lines()
    {
        Directory.CreateDirectory(Site);
        File.WriteAllText(Path.Combine(Site, ".gitignore"), "notes/\n_site/");

        Assert.Equal(0, ConsoleCapture.Run("init", Site).ExitCode);

        var lines = File.ReadAllLines(Path.Combine(Site, ".gitignore"));
        Assert.Equal("notes/", lines[0]);
        Assert.Single(lines, l => l == "_site/");
        Assert.Contains(".uprsite/", lines);
    }

    [Theory]
    [InlineData("--country", "KHM", "the country code 'KHM' should be 2 lower-case letters")]
    [InlineData("--country", "zz", "'zz' is not the ISO 3166-1 alpha-2 code of a UN member or observer State")]
    [InlineData("--lang", "English", "the language code 'English' should be 2 or 3 lower-case letters")]
    [InlineData("--lang", "ar", "the theme has its UI strings in en, fr, km only; start with one of them (--lang) and add 'ar' later")]
    public void Init_refuses_codes_that_cannot_be_folder_names_and_writes_nothing(string option, string value, string message)
    {
        var (code, _, error) = ConsoleCapture.Run("init", Site, option, value);

        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
    }

    [Fact]
    public void Build_in_a_folder_without_input_says_to_run_init()
    {
        var (code, _, error) = ConsoleCapture.Run("build", "--input", Path.Combine(_root, "input"), "--theme", RepoRoot.Theme, "--output", Path.Combine(_root, "_site"));

        Assert.Equal(1, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.Contains("start a new site here with 'uprsite init'", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
