using System.Globalization;
using System.Text.RegularExpressions;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Theme;

/// <summary>
/// The series colours of tokens.css that share a chart stay apart for readers with a colour-vision deficiency: every
/// pair keeps a luminance contrast of at least <see cref="PairThreshold"/> under each simulation (<see cref="ColourVision"/>),
/// so two neighbouring bars never merge into one shade (the former supported/noted pair measured 1.12 under
/// deuteranopia, partially/not implemented 1.00). Patterns (noted, the statuses) and direct labels come on top.
/// </summary>
public sealed partial class PaletteTests
{
    private const double PairThreshold = 1.5;

    /// <summary>The colours drawn together in one chart: the responses, the implementation statuses, the cycles.</summary>
    public static TheoryData<string, string[]> Palettes() => new()
    {
        { "responses", ["--supported", "--partly-supported", "--noted", "--pending"] },
        { "implementation statuses", ["--status-fully-implemented", "--status-partially-implemented", "--status-not-implemented", "--status-no-information"] },
        { "cycles", ["--cycle-1", "--cycle-2", "--cycle-3", "--cycle-4", "--cycle-5"] },
    };

    [Theory]
    [MemberData(nameof(Palettes))]
    public void Every_pair_of_series_colours_keeps_its_contrast_under_each_colour_vision_deficiency(string palette, string[] properties)
    {
        var tokens = Tokens();
        var failures = new List<string>();
        foreach (var simulation in ColourVision.Simulations.Keys)
        {
            for (var i = 0; i < properties.Length; i++)
            {
                for (var j = i + 1; j < properties.Length; j++)
                {
                    var contrast = ColourVision.Contrast(tokens[properties[i]], tokens[properties[j]], simulation);
                    if (contrast < PairThreshold)
                    {
                        failures.Add($"{properties[i]} / {properties[j]} under {simulation}: {contrast:0.00}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{palette}: pairs under {PairThreshold}:1 — " + string.Join("; ", failures));
    }

    [Fact]
    public void The_cycle_1_bar_has_3_to_1_against_the_white_page()
    {
        var contrast = ColourVision.Contrast(Tokens()["--cycle-1"], "#ffffff", "normal vision");
        Assert.True(contrast >= 3.0, $"--cycle-1 against white: {contrast:0.00}:1 (non-text contrast needs 3:1)");
    }

    [Theory]
    [InlineData("--supported")]
    [InlineData("--noted")]
    [InlineData("--partly-supported")]
    [InlineData("--status-fully-implemented")]
    [InlineData("--status-not-implemented")]
    public void Colours_that_carry_white_badge_text_or_are_text_on_white_keep_4_5_to_1(string property)
    {
        var contrast = ColourVision.Contrast(Tokens()[property], "#ffffff", "normal vision");
        Assert.True(contrast >= 4.5, $"{property} against white: {contrast:0.00}:1");
    }

    [Theory]
    [InlineData("--status-partially-implemented")]
    [InlineData("--status-no-information")]
    [InlineData("--status-not-assessed")]
    public void Light_status_colours_keep_4_5_to_1_with_their_dark_badge_text(string property)
    {
        var tokens = Tokens();
        var contrast = ColourVision.Contrast(tokens[property], tokens["--status-ink-dark"], "normal vision");
        Assert.True(contrast >= 4.5, $"{property} against --status-ink-dark: {contrast:0.00}:1");
    }

    [Fact]
    public void The_simulation_reproduces_the_contrasts_measured_on_the_former_palette()
    {
        // The former supported #1b7f3b and noted #b5472b were 1.06:1 apart for everyone and 1.12:1 under deuteranopia;
        // white and black stay white and black under every simulation.
        Assert.Equal(1.12, ColourVision.Contrast("#1b7f3b", "#b5472b", "deuteranopia"), 2);
        Assert.Equal(1.06, ColourVision.Contrast("#1b7f3b", "#b5472b", "normal vision"), 2);
        Assert.Equal(1.81, ColourVision.Contrast("#9ec5e8", "#ffffff", "normal vision"), 2);
        foreach (var simulation in ColourVision.Simulations.Keys)
        {
            Assert.Equal(21.0, ColourVision.Contrast("#ffffff", "#000000", simulation), 1);
        }
    }

    private static Dictionary<string, string> Tokens()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "css", "tokens.css"));
        return Property().Matches(css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.ToLower(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(--[a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;")]
    private static partial Regex Property();
}
