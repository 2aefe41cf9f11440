using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using UprSite.Build.Content;
using UprSite.Build.Tests.Support;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.Schemas;

/// <summary>
/// The JSON Schemas in theme/schemas/ (for editors' completion and checks) accept the sample's files and name
/// exactly the keys the parsers accept.
/// </summary>
public sealed class SchemaTests
{
    // Loaded once: the global schema registry refuses a second schema with the same file address.
    private static readonly Dictionary<string, JsonSchema> Loaded = new[] { "site", "country", "factsheet" }
        .ToDictionary(n => n, n => JsonSchema.FromFile(Path.Combine(RepoPaths.Theme, "schemas", $"{n}.schema.json")));

    private static JsonSchema Schema(string name) => Loaded[name];

    private static JsonNode SchemaJson(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Theme, "schemas", $"{name}.schema.json")))!;

    private static JsonElement Json(string yaml) => JsonSerializer.SerializeToElement(YamlAsJson.Read(yaml));

    public static TheoryData<string, string> SampleFiles()
    {
        var data = new TheoryData<string, string> { { "site", "site.yml" } };
        foreach (var country in Directory.GetFiles(Path.Combine(RepoPaths.Input, "countries"), "country.yml", SearchOption.AllDirectories))
        {
            data.Add("country", Path.GetRelativePath(RepoPaths.Input, country));
        }

        foreach (var factsheet in Directory.GetFiles(Path.Combine(RepoPaths.Input, "countries"), "*.md", SearchOption.AllDirectories))
        {
            data.Add("factsheet", Path.GetRelativePath(RepoPaths.Input, factsheet));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_file_is_valid_against_its_schema(string schema, string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, file));
        var yaml = schema == "factsheet" ? text.Split("\n---", 2)[0].TrimStart('-') : text;

        var result = Schema(schema).Evaluate(Json(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, $"{file}: " + JsonSerializer.Serialize((result.Details ?? []).Where(d => d.Errors is not null).Select(d => new { at = d.InstanceLocation.ToString(), d.Errors })));
    }

    [Fact]
    public void The_schemas_reject_what_the_parsers_reject()
    {
        var site = Schema("site");
        Assert.False(site.Evaluate(Json("title: T\nlanguages: [{code: en}]\nbase_urll: https://x.org\n")).IsValid);
        Assert.False(site.Evaluate(Json("title: T\nlanguages: [{code: EN}]\n")).IsValid);
        Assert.False(site.Evaluate(Json("title: T\nlanguages: [{code: en}]\nprint: {paper: A5}\n")).IsValid);
        Assert.True(site.Evaluate(Json("title: T\nlanguages: [{code: en}]\n")).IsValid);
        Assert.True(site.Evaluate(Json("title: T\nlanguages: [{code: en}]\ncoalition: {members: [A, {name: {en: B, fr: Bé}, description: D}]}\n")).IsValid);
        Assert.False(site.Evaluate(Json("title: T\nlanguages: [{code: en}]\ncoalition: {members: [{description: D}]}\n")).IsValid);
        Assert.False(site.Evaluate(Json("title: T\nlanguages: [{code: en}]\ncoalition: {members: [{name: B, descripton: D}]}\n")).IsValid);
        Assert.False(Schema("country").Evaluate(Json("names: {en: X}\nreviews: [{cycle: 2, date: 28 January 2014}]\n")).IsValid);
        var factsheet = Schema("factsheet");
        Assert.False(factsheet.Evaluate(Json("title: Land\nissues: [Right to lands]\n")).IsValid);
        Assert.False(factsheet.Evaluate(Json("title: Land\ndraft: yes please\n")).IsValid);
        Assert.True(factsheet.Evaluate(Json("title: Land\nissues: Right to land\ndraft: true\nsdgs: [1, 17]\n")).IsValid);
    }

    [Fact]
    public void The_country_schema_checks_the_calendar_dates_and_the_submissions()
    {
        var country = Schema("country");
        var valid = (string yaml) => country.Evaluate(Json("names: {en: X}\n" + yaml)).IsValid;

        Assert.True(valid("calendar: {mid_term_report: 2026-12-15, next_review: 2029-01-20, next_session: 61}\n"));
        Assert.False(valid("calendar: {next_review: 20 January 2029}\n"));
        Assert.False(valid("calendar: {next_reviw: 2029-01-20}\n"));
        Assert.False(valid("calendar: {next_session: 0}\n"));
        Assert.True(valid("reviews: [{cycle: 4, submissions: {joint: 27, individual: 11, source: S}}]\n"));
        Assert.True(valid("reviews: [{cycle: 1, submissions: {total: 23, joint: 6, source: S}}]\n"));
        Assert.False(valid("reviews: [{cycle: 1, submissions: {total: 23, source: S}}]\n"));
        Assert.False(valid("reviews: [{cycle: 1, submissions: {total: 23, joint: 6}}]\n"));
        Assert.False(valid("reviews: [{cycle: 1, submissions: {total: 23, joint: -6, source: S}}]\n"));
    }

    public static TheoryData<string, string, string[]> KeySets() => new()
    {
        { "site", "", KnownKeys.Site },
        { "site", "/properties/languages/items", KnownKeys.SiteLanguage },
        { "site", "/properties/coalition", KnownKeys.SiteCoalition },
        { "site", "/properties/coalition/properties/members/items/oneOf/1", KnownKeys.SiteCoalitionMember },
        { "site", "/properties/print", KnownKeys.SitePrint },
        { "country", "", KnownKeys.Country },
        { "country", "/properties/reviews/items", KnownKeys.CountryReview },
        { "country", "/properties/reviews/items/properties/documents", KnownKeys.CountryDocuments },
        { "country", "/properties/reviews/items/properties/declared", KnownKeys.CountryDeclared },
        { "country", "/properties/reviews/items/properties/submissions", KnownKeys.CountrySubmissions },
        { "country", "/properties/calendar", KnownKeys.CountryCalendar },
        { "factsheet", "", KnownKeys.Factsheet },
        { "factsheet", "/properties/contact", KnownKeys.FactsheetContact },
    };

    [Theory]
    [MemberData(nameof(KeySets))]
    public void Each_schema_mapping_names_exactly_the_keys_its_parser_accepts_and_no_other(string schema, string pointer, string[] keys)
    {
        var node = SchemaJson(schema);
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        Assert.Equal(keys.Order(StringComparer.Ordinal), node["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False(node["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void The_factsheet_schema_offers_exactly_the_54_UPR_Info_issues()
    {
        var issues = SchemaJson("factsheet")["properties"]!["issues"]!["anyOf"]![1]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(UprIssues.All, issues);
    }
}
