using System.Text;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Sources;
using UprSite.Build.Tests.Support;
using UprSite.Build.Validation;
using UprSite.Core.Diagnostics;
using UprSite.Import;
using UprSite.Import.Layouts.Implementation;
using UprSite.Import.Tables;

namespace UprSite.Build.Tests.Fuzz;

/// <summary>Every input channel of a site, each started from the sample's real files or real exports.</summary>
public static class FuzzChannels
{
    private static readonly MarkdownRenderer Markdown = new();

    public static IReadOnlyList<FuzzChannel> All { get; } =
    [
        new("site.yml", [Sample("site.yml"), Utf8(TestSite.MinimalSiteYml)], Mutator.Yaml,
            (bytes, d) => SiteSettingsParser.Parse(File("site.yml", bytes), d), "site.yml"),
        new("country.yml", [Sample("countries/kh/country.yml"), Utf8(TestSite.MinimalCountryYml)], Mutator.Yaml,
            (bytes, d) => CountryParser.Parse("kh", File("countries/kh/country.yml", bytes), d), "countries/kh/country.yml"),
        new("i18n", [Theme("i18n/en.yml"), Theme("i18n/km.yml"), Theme("i18n/fr.yml")], Mutator.Yaml,
            (bytes, d) => StringTableParser.Parse("en", Sources(("i18n/en.yml", bytes)), d), "i18n/en.yml"),
        new("factsheet", SampleFiles("countries/kh/factsheets"), [.. Mutator.Markdown, .. Mutator.Yaml],
            (bytes, d) => ParseSite(("countries/kh/factsheets/land.en.md", bytes), d), "countries/kh/factsheets/land.en.md"),
        new("page", SampleFiles("pages"), [.. Mutator.Markdown, .. Mutator.Yaml],
            (bytes, d) => ParseSite(("pages/about.en.md", bytes), d), "pages/about.en.md"),
        new("csv", [Sample("countries/kh/recommendations/sample.csv"), Head(RealExports.UprInfo6To9, 40_000)], Mutator.Table,
            (bytes, d) => Importer.Read(Import("countries/kh/recommendations/export.csv", bytes), RealExports.Cambodia, d),
            "countries/kh/recommendations/sample.csv"),
        new("implementation.csv", [Sample("countries/kh/implementation.csv")], Mutator.Table,
            (bytes, d) => ImplementationLayout.Read("kh", Import("countries/kh/implementation.csv", bytes), d), "countries/kh/implementation.csv"),
        new("xls", [System.IO.File.ReadAllBytes(Path.Combine(RepoPaths.SharedData, "upr-info-2015-xls", "6-9.xls"))], Mutator.Table,
            (bytes, d) => Importer.Read(Import("countries/kh/recommendations/export.xls", bytes), RealExports.Cambodia, d), null)
        {
            IsWorkbook = true,
        },
        new("xlsx", [SmallWorkbook.Zip(WorkbookParts().ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value)))], Mutator.SheetXml,
            (bytes, d) => Importer.Read(Import("countries/kh/recommendations/export.xlsx", bytes), RealExports.Cambodia, d),
            "countries/kh/recommendations/export.xlsx", MutateWorkbook),
    ];

    /// <summary>Mostly the XML of one part is mutated and the workbook zipped again; else the zipped bytes.</summary>
    private static byte[] MutateWorkbook(Mutator mutator, byte[] zipped)
    {
        if (mutator.Choose(10) < 3)
        {
            return mutator.Mutate(zipped);
        }

        var parts = WorkbookParts().ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value), StringComparer.Ordinal);
        var part = parts.Keys.Order(StringComparer.Ordinal).ElementAt(mutator.Choose(parts.Count));
        parts[part] = mutator.Mutate(parts[part]);
        return SmallWorkbook.Zip(parts);
    }

    private static Dictionary<string, string> WorkbookParts()
    {
        var table = CsvTableReader.Read(Encoding.UTF8.GetString(Sample("countries/kh/recommendations/sample.csv")), out _, out _)!;
        return SmallWorkbook.Parts([.. table.Rows.Select(r => r.Cells.ToArray())]);
    }

    private static void ParseSite((string Path, byte[] Bytes) file, DiagnosticList diagnostics)
    {
        var sources = Sources(("site.yml", Sample("site.yml")), ("countries/kh/country.yml", Sample("countries/kh/country.yml")), file);
        if (new SiteParser().Parse(sources, diagnostics) is { } parsed)
        {
            SiteValidator.Validate(parsed, diagnostics);
        }
    }

    private static SourceSet Sources(params (string Path, byte[] Bytes)[] input) =>
        new("input",
            input.ToDictionary(f => f.Path, f => File(f.Path, f.Bytes), StringComparer.Ordinal),
            Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "i18n"))
                .Select(f => $"i18n/{Path.GetFileName(f)}")
                .ToDictionary(p => p, p => new SourceFile(p, $"theme/{p}", Theme(p)), StringComparer.Ordinal));

    private static SourceFile File(string path, byte[] bytes) => new(path, $"input/{path}", bytes);

    private static ImportFile Import(string path, byte[] bytes) => new(path, $"input/{path}", bytes);

    private static byte[] Sample(string path) => System.IO.File.ReadAllBytes(Path.Combine(RepoPaths.Input, path));

    private static byte[] Theme(string path) => System.IO.File.ReadAllBytes(Path.Combine(RepoPaths.Theme, path));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Head(string path, int bytes) => System.IO.File.ReadAllBytes(path)[..bytes];

    private static List<byte[]> SampleFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, folder), "*.md").Order(StringComparer.Ordinal).Select(System.IO.File.ReadAllBytes).ToList();
}
