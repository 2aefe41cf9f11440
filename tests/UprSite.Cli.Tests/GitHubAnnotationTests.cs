using UprSite.Build.Pipeline;
using UprSite.Core.Diagnostics;

namespace UprSite.Cli.Tests;

/// <summary>Diagnostics as GitHub Actions annotations on the pushed files.</summary>
public sealed class GitHubAnnotationTests
{
    [Fact]
    public void An_error_names_file_line_column_and_code()
    {
        var diagnostic = Diagnostic.Error(DiagnosticCodes.BrokenAnchor, "the link '#x' points nowhere", "input/countries/kh/factsheets/land.en.md", 12, 3);

        Assert.Equal("::error file=input/countries/kh/factsheets/land.en.md,line=12,col=3,title=UPR0402::the link '#x' points nowhere",
            GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void A_warning_about_a_whole_file_has_no_line()
    {
        var diagnostic = Diagnostic.Warning(DiagnosticCodes.MissingTranslation, "no Khmer version", "input/pages/about.en.md");

        Assert.Equal("::warning file=input/pages/about.en.md,title=UPR0801::no Khmer version", GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void Characters_that_end_a_command_are_escaped()
    {
        var diagnostic = Diagnostic.Error(DiagnosticCodes.InvalidYaml, "50% done\nnext line", "input/a,b:c.yml", 1, 1);

        Assert.Equal("::error file=input/a%2Cb%3Ac.yml,line=1,col=1,title=UPR0101::50%25 done%0Anext line", GitHubAnnotation.Format(diagnostic));
    }

    [Theory]
    [InlineData("true", DiagnosticFormat.GitHub)]
    [InlineData(null, DiagnosticFormat.Text)]
    [InlineData("false", DiagnosticFormat.Text)]
    public void GitHub_Actions_is_detected_from_its_environment_variable(string? value, DiagnosticFormat expected)
    {
        Assert.Equal(expected, DiagnosticPrinter.DefaultFormat(name => name == "GITHUB_ACTIONS" ? value : null));
    }

    [Fact]
    public void In_GitHub_format_errors_go_to_standard_output_where_the_runner_reads_commands()
    {
        var result = new BuildResult([Diagnostic.Error(DiagnosticCodes.MissingTitle, "no title", "input/pages/a.en.md", 1, 1)], null, null);
        var output = new StringWriter();
        var error = new StringWriter();

        // Outside any repository, paths stay as the diagnostic wrote them.
        DiagnosticPrinter.Print(result, output, error, new CommandOutput(DiagnosticFormat.GitHub), new RepositoryPaths(Path.GetTempPath(), _ => null));

        Assert.StartsWith("::error file=input/pages/a.en.md,line=1,col=1,title=UPR0201::no title", output.ToString());
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void In_text_format_errors_keep_the_MSBuild_form_on_standard_error()
    {
        var result = new BuildResult([Diagnostic.Error(DiagnosticCodes.MissingTitle, "no title", "input/pages/a.en.md", 1, 1)], null, null);
        var output = new StringWriter();
        var error = new StringWriter();

        DiagnosticPrinter.Print(result, output, error, DiagnosticFormat.Text);

        Assert.Equal("input/pages/a.en.md(1,1): error UPR0201: no title", error.ToString().Trim());
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void Information_becomes_a_notice()
    {
        var diagnostic = Diagnostic.Info(DiagnosticCodes.RecommendationRowsUsed, "used 30 of 30 rows", "input/countries/kh/recommendations/sample.csv");

        Assert.Equal("::notice file=input/countries/kh/recommendations/sample.csv,title=UPR0510::used 30 of 30 rows", GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void Paths_are_relative_to_the_repository_root_when_the_command_runs_in_a_subfolder()
    {
        var repo = Directory.CreateTempSubdirectory("uprsite-repo-").FullName;
        try
        {
            RunGit(repo, "init", "--quiet");
            var site = Directory.CreateDirectory(Path.Combine(repo, "sites", "cambodia")).FullName;
            var paths = new RepositoryPaths(site, _ => null);
            var diagnostic = Diagnostic.Warning(DiagnosticCodes.MissingTranslation, "no Khmer version", "input/pages/about.en.md", 2, 1);

            Assert.Equal("::warning file=sites/cambodia/input/pages/about.en.md,line=2,col=1,title=UPR0801::no Khmer version",
                GitHubAnnotation.Format(diagnostic, paths));
            // A file outside the repository (the tool's own theme) keeps its path.
            Assert.Equal("/opt/uprsite/theme/layouts/home.html", paths.Relative("/opt/uprsite/theme/layouts/home.html"));
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }

    [Fact]
    public void GITHUB_WORKSPACE_is_the_root_when_it_is_set()
    {
        var workspace = Directory.CreateTempSubdirectory("uprsite-ws-").FullName;
        try
        {
            var site = Directory.CreateDirectory(Path.Combine(workspace, "site")).FullName;
            var paths = new RepositoryPaths(site, name => name == "GITHUB_WORKSPACE" ? workspace : null);

            Assert.Equal("site/input/site.yml", paths.Relative("input/site.yml"));
            Assert.Equal("input/site.yml", new RepositoryPaths(site, _ => null).Relative("input/site.yml"));
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public void The_printer_writes_repository_relative_annotations_for_every_severity()
    {
        var workspace = Directory.CreateTempSubdirectory("uprsite-ws-").FullName;
        try
        {
            var paths = new RepositoryPaths(Path.Combine(workspace, "site"), name => name == "GITHUB_WORKSPACE" ? workspace : null);
            var result = new BuildResult(
            [
                Diagnostic.Error(DiagnosticCodes.MissingTitle, "no title", "input/pages/a.en.md", 1, 1),
                Diagnostic.Info(DiagnosticCodes.RecommendationRowsUsed, "used 3 rows", "input/countries/kh/recommendations/r.csv"),
            ], null, null);
            var output = new StringWriter();

            DiagnosticPrinter.Print(result, output, new StringWriter(), new CommandOutput(DiagnosticFormat.GitHub), paths);

            Assert.Equal(
                "::error file=site/input/pages/a.en.md,line=1,col=1,title=UPR0201::no title\n::notice file=site/input/countries/kh/recommendations/r.csv,title=UPR0510::used 3 rows\n",
                output.ToString().ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    private static void RunGit(string dir, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = dir };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }
}
