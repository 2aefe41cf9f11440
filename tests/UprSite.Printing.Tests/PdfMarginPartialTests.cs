using UprSite.Build.Sources;
using UprSite.Build.Templates;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Printing.Tests;

/// <summary>The PDF's running header and footer come from the theme's partials, which a coalition can replace.</summary>
public sealed class PdfMarginPartialTests
{
    private static PdfMarginView View(PageTemplateRenderer renderer, string coalition = "Land & Life <Coalition>") =>
        new("km", coalition, "សិទ្ធិដីធ្លី", "Read online", "https://test.example.org/km/", new RawHtml("<svg viewBox=\"0 0 1 1\"></svg>"), renderer.Styles);

    [Fact]
    public void The_theme_partials_escape_the_values_and_carry_the_tokens_with_them()
    {
        var diagnostics = new DiagnosticList();
        var renderer = new PageTemplateRenderer(SourceLoader.Load(RepoPaths.Input, RepoPaths.Theme, diagnostics), diagnostics);

        var margins = renderer.Render(View(renderer))!;

        Assert.Empty(diagnostics.Items);
        Assert.Contains("<span class=\"pdf-header-coalition\">Land &amp; Life &lt;Coalition&gt;</span>", margins.Header, StringComparison.Ordinal);
        Assert.Contains("lang=\"km\"", margins.Header, StringComparison.Ordinal);
        Assert.Contains("--accent: #0b5cab;", margins.Header, StringComparison.Ordinal);
        Assert.Contains("--pdf-margin-line-height-km: 1.7;", margins.Footer, StringComparison.Ordinal);
        // The QR code is on each factsheet's first page: a pack's footer would point every page to the same place.
        Assert.DoesNotContain("<svg", margins.Footer, StringComparison.Ordinal);
        Assert.Contains("https://test.example.org/km/", margins.Footer, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", margins.Header + margins.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_carries_the_coalitions_logo_from_site_yml_as_a_data_uri()
    {
        var diagnostics = new DiagnosticList();
        var renderer = new PageTemplateRenderer(SourceLoader.Load(RepoPaths.Input, RepoPaths.Theme, diagnostics), diagnostics);
        var logo = renderer.DataUri("assets/images/coalition-logo.svg");

        var margins = renderer.Render(View(renderer) with { Logo = logo })!;

        Assert.StartsWith("data:image/svg+xml;base64,", logo, StringComparison.Ordinal);
        Assert.Contains($"<img class=\"pdf-header-logo\" src=\"{logo}\" alt=\"\">", margins.Header, StringComparison.Ordinal);
        Assert.Null(renderer.DataUri("assets/images/no-such-logo.svg"));
        Assert.DoesNotContain("<img", renderer.Render(View(renderer))!.Header, StringComparison.Ordinal);
    }

    [Fact]
    public void A_coalitions_header_partial_and_custom_css_reach_the_printed_pdf()
    {
        using var site = new TestSite()
            .Write("partials/pdf-header.html", "<style>{{ pdf.styles }}</style><div>{{ pdf.title }}: our own running header</div>\n")
            .Write("assets/css/custom.css", ":root { --accent: #c00000; } /* </style> cannot end the element */\n")
            .Write("countries/kh/factsheets/land.en.md",
                "---\ntitle: Land\nissues: [Right to land]\n---\nContext.\n\n## Questions\n\n1. How many?\n2. Since when?\n3. Who?\n4. When?\n\n## Recommendations\n\n1. Adopt a law.\n");

        var result = UprSite.Build.Pipeline.SiteBuilder.Build(site.Options(write: false) with { Printer = new PrintStage() });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var text = Poppler.WithFile(result.Output!.Files["en/countries/kh/factsheets/land/land.pdf"].Content, Poppler.Text);
        Assert.Contains("Land: our own running header", text, StringComparison.Ordinal);
        var diagnostics = new DiagnosticList();
        var styles = new PageTemplateRenderer(SourceLoader.Load(site.Input, RepoPaths.Theme, diagnostics), diagnostics).Styles.Value;
        Assert.Contains(":root { --accent: #c00000; } /* <\\/style> cannot end the element */", styles, StringComparison.Ordinal);
        Assert.True(styles.IndexOf("--accent: #0b5cab", StringComparison.Ordinal) < styles.IndexOf("--accent: #c00000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failing_partial_is_reported_at_its_own_line_and_column()
    {
        using var site = new TestSite().Write("partials/pdf-footer.html", "<div>\n  {{ pdf.page_number }}</div>\n");
        var diagnostics = new DiagnosticList();
        var renderer = new PageTemplateRenderer(SourceLoader.Load(site.Input, RepoPaths.Theme, diagnostics), diagnostics);

        Assert.Null(renderer.Render(View(renderer)));
        var error = Assert.Single(diagnostics.Items);
        // Column 10: the unknown member after "pdf.".
        Assert.Equal(("UPR0303", 2, 10), (error.Code, error.Line, error.Column));
        Assert.EndsWith("partials/pdf-footer.html", error.File, StringComparison.Ordinal);
        Assert.Contains("pdf.online_label", error.Message, StringComparison.Ordinal);
    }
}
