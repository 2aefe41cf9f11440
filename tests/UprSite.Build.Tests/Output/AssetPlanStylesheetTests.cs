using System.Text;
using UprSite.Build.Output;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Output;

/// <summary>
/// A stylesheet is hashed after every stylesheet it imports, whatever the files are called: each import in the served
/// stylesheet names a served (hashed) file, and a change to an imported sheet gives its importer a new name too.
/// </summary>
public sealed class AssetPlanStylesheetTests
{
    private static (string, byte[]) Css(string path, string text) => (path, Encoding.UTF8.GetBytes(text));

    private static string Served(AssetPlan plan, string path) => Encoding.UTF8.GetString(plan.Files[plan.HashedName(path)!]);

    /// <summary>The imported names sort before and after the importer, one level and two levels down, in both import forms.</summary>
    [Theory]
    [InlineData("assets/css/site.css", "assets/css/zeta.css", "assets/css/alpha.css")]
    [InlineData("assets/css/m.css", "assets/css/z.css", "assets/css/a.css")]
    [InlineData("assets/css/m.css", "assets/css/a.css", "assets/css/z.css")]
    [InlineData("assets/css/a.css", "assets/css/z.css", "assets/css/zz/deep.css")]
    public void Every_import_names_the_hashed_file_whatever_the_names_sort(string top, string middle, string bottom)
    {
        var middleName = Path.GetFileName(middle);
        var bottomFromMiddle = Output.RelativeFrom(middle, bottom);
        var plan = AssetPlan.Of([
            Css(top, $"@import url(\"{middleName}\");\n@import '{Output.RelativeFrom(top, bottom)}';\nbody {{ color: red; }}\n"),
            Css(middle, $"@import \"{bottomFromMiddle}\";\np {{ margin: 0; }}\n"),
            Css(bottom, "a { color: blue; }\n"),
        ]);

        var served = plan.Files.Keys.ToHashSet(StringComparer.Ordinal);
        var topText = Served(plan, top);
        var middleText = Served(plan, middle);
        Assert.Contains($"@import url(\"{Path.GetFileName(plan.HashedName(middle))}\")", topText, StringComparison.Ordinal);
        Assert.Contains($"@import '{Output.RelativeFrom(top, plan.HashedName(bottom)!)}'", topText, StringComparison.Ordinal);
        Assert.Contains($"@import \"{Output.RelativeFrom(middle, plan.HashedName(bottom)!)}\"", middleText, StringComparison.Ordinal);
        foreach (var text in new[] { topText, middleText })
        {
            Assert.DoesNotContain(bottomFromMiddle + "\"", text, StringComparison.Ordinal);
        }

        Assert.All(new[] { top, middle, bottom }, p => Assert.Contains(plan.HashedName(p)!, served));
        Assert.Empty(plan.ImportCircles);
    }

    [Fact]
    public void A_change_to_a_sheet_imported_two_levels_down_renames_every_sheet_above_it()
    {
        AssetPlan Plan(string bottom) => AssetPlan.Of([
            Css("assets/css/site.css", "@import url(\"tokens.css\");\n"),
            Css("assets/css/tokens.css", "@import url(\"z-colours.css\");\n"),
            Css("assets/css/z-colours.css", bottom),
        ]);

        var before = Plan(":root { --ink: #111; }");
        var after = Plan(":root { --ink: #222; }");
        foreach (var path in new[] { "assets/css/site.css", "assets/css/tokens.css", "assets/css/z-colours.css" })
        {
            Assert.NotEqual(before.HashedName(path), after.HashedName(path));
        }
    }

    [Fact]
    public void Fonts_and_images_are_hashed_before_the_sheets_that_point_to_them()
    {
        var plan = AssetPlan.Of([
            Css("assets/css/a.css", "@font-face { src: url(../fonts/z.woff2) format('woff2'); } body { background: url('../img/z.png?x=1#y'); }"),
            ("assets/fonts/z.woff2", [1, 2, 3]),
            ("assets/img/z.png", [4, 5]),
        ]);

        var text = Served(plan, "assets/css/a.css");
        Assert.Contains($"url(../fonts/{Path.GetFileName(plan.HashedName("assets/fonts/z.woff2"))})", text, StringComparison.Ordinal);
        Assert.Contains($"url('../img/{Path.GetFileName(plan.HashedName("assets/img/z.png"))}?x=1#y')", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Addresses_outside_the_assets_stay_as_written()
    {
        const string css = "@import url(\"https://example.org/x.css\");\n@import \"missing.css\";\nb { background: url(data:image/png;base64,AAAA); }\n";
        var plan = AssetPlan.Of([Css("assets/css/a.css", css)]);
        Assert.Equal(css, Served(plan, "assets/css/a.css"));
    }

    [Fact]
    public void A_circle_of_imports_is_reported_at_the_import_that_closes_it_and_the_rest_is_hashed()
    {
        var theme = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var input = new Dictionary<string, SourceFile>(StringComparer.Ordinal)
        {
            ["assets/css/a.css"] = new("assets/css/a.css", "input/assets/css/a.css", Encoding.UTF8.GetBytes("@import url(\"b.css\");\n")),
            ["assets/css/b.css"] = new("assets/css/b.css", "input/assets/css/b.css", Encoding.UTF8.GetBytes("p { color: red; }\n\n  @import \"c.css\";\n")),
            ["assets/css/c.css"] = new("assets/css/c.css", "input/assets/css/c.css", Encoding.UTF8.GetBytes("@import url(a.css);\n")),
        };
        var sources = new SourceSet("input", input, theme);
        var plan = AssetPlan.Of(AssetSources.Of(sources, charts: false));

        var circle = Assert.Single(plan.ImportCircles);
        Assert.Equal(("assets/css/c.css", "assets/css/a.css"), circle);
        Assert.Contains(Path.GetFileName(plan.HashedName("assets/css/b.css"))!, Served(plan, "assets/css/a.css"), StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(plan.HashedName("assets/css/c.css"))!, Served(plan, "assets/css/b.css"), StringComparison.Ordinal);

        var diagnostic = Assert.Single(AssetDiagnostics.Of(plan, sources));
        Assert.Equal(DiagnosticCodes.StylesheetImportCircle.Id, diagnostic.Code);
        Assert.Equal(("input/assets/css/c.css", 1, 9), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    private static class Output
    {
        public static string RelativeFrom(string from, string to) => Core.Urls.RelativeUrl.Between(from, to);
    }
}
