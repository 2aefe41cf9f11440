using UprSite.Build.Pipeline;
using UprSite.Cli;
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

        DiagnosticPrinter.Print(result, output, error, DiagnosticFormat.GitHub);

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
}
