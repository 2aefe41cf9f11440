using System.Text;
using UprSite.Browser.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace UprSite.Browser.Tests.Safety;

/// <summary>
/// The input/ files of a two-language site (English, Khmer) with the payload corpus in every field a coalition
/// writes: site.yml, country.yml, factsheet and page front matter and bodies, recommendation and implementation CSV
/// files, and every UI string of both languages.
/// </summary>
public static class PayloadSite
{
    public static IReadOnlyDictionary<string, string> Files(bool withRefusedLinks)
    {
        var all = PayloadCorpus.AllText;
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = $$"""
                title: {en: {{Q("Coalition " + all)}}, km: {{Q("សម្ព័ន្ធ " + all)}}}
                description: {en: {{Q(all)}}, km: {{Q(all)}}}
                base_url: https://example.org/
                languages:
                  - {code: en, label: {{Q("English " + all)}}, locale: en-GB, default: true}
                  - {code: km, label: {{Q("ខ្មែរ " + all)}}, locale: km-KH, digits: native}
                coalition:
                  name: {en: {{Q(all)}}, km: {{Q(all)}}}
                  members: [{{string.Join(", ", PayloadCorpus.Text.Select(Q))}}]
                  contact: {{Q("javascript:__xss(300)" + all)}}
                """,
            ["countries/kh/country.yml"] = $$"""
                names: {en: {{Q("Cambodia " + all)}}, km: {{Q("កម្ពុជា " + all)}}}
                aliases: [Cambodia]
                summary: {en: {{Q(all)}}, km: {{Q(all)}}}
                reviews:
                  - cycle: 2
                    session: 18
                    date: 2014-01-28
                    troika: [{{string.Join(", ", PayloadCorpus.Text.Take(3).Select(Q))}}]
                    documents: {report: {{Q("A/HRC/26/16 " + all)}}}
                    declared: {received: 205, supported: 163, noted: 42, source: {{Q(all)}}}
                """,
            ["countries/kh/recommendations/rows.csv"] = RowsCsv(),
            ["countries/kh/implementation.csv"] = ImplementationCsv(),
        };
        foreach (var language in new[] { "en", "km" })
        {
            files[$"countries/kh/factsheets/land.{language}.md"] = Factsheet(withRefusedLinks);
            files[$"pages/about.{language}.md"] = $"---\ntitle: {Q(all)}\ndescription: {Q(all)}\n---\n{Body(withRefusedLinks)}";
            files[$"i18n/{language}.yml"] = UiStrings(language);
        }

        return files;
    }

    private static string Factsheet(bool withRefusedLinks)
    {
        var all = PayloadCorpus.AllText;
        var text = PayloadCorpus.Text;
        var questions = string.Join("\n", Enumerable.Range(0, 5).Select(i => $"{i + 1}. Will the State act? {text[i * 7 % text.Count]}"));
        var recommendations = string.Join("\n", Enumerable.Range(0, 3).Select(i => $"{i + 1}. Adopt a law by 2026. {text[(i * 11 + 5) % text.Count]}"));
        return $$"""
            ---
            title: {{Q(all)}}
            description: {{Q(all)}}
            issues: [Right to land, {{Q(all)}}]
            review: 2
            sdgs: [1]
            contact: {name: {{Q(all)}}, email: {{Q("javascript:__xss(301)\"" + all)}}}
            updated: 2024-02-01
            ---
            {{Body(withRefusedLinks)}}

            ## Questions
            {{questions}}

            ## Recommendations
            {{recommendations}}
            """;
    }

    private static string Body(bool withRefusedLinks)
    {
        var blocks = PayloadCorpus.Text.Concat(PayloadCorpus.Markdown);
        if (withRefusedLinks)
        {
            blocks = blocks.Concat(PayloadCorpus.RefusedLinks);
        }

        return "Context with <sup>1</sup> and <br> kept.\n\n" + string.Join("\n\n", blocks) + "\n\nPlain closing paragraph.\n";
    }

    private static string RowsCsv()
    {
        var csv = new StringBuilder("id,cycle,session,recommending_state,regional_group,response,action_category,issues,document,paragraph,text\n");
        var text = PayloadCorpus.Text;
        for (var i = 0; i < text.Count; i++)
        {
            var state = i % 4 == 1 ? "State " + text[i] : "France";
            csv.Append($"r-{i},2,18,{C(state)},{C(text[(i + 1) % text.Count])},{(i % 3 == 0 ? "noted" : "supported")},4,")
                .Append($"Right to land,{C("A/HRC/26/16 " + text[i])},118.{i},{C("Adopt a law. " + text[i])}\n");
        }

        return csv.ToString();
    }

    private static string ImplementationCsv()
    {
        var csv = new StringBuilder("recommendation_id,status,evidence,source,date\n");
        var text = PayloadCorpus.Text;
        for (var i = 0; i < text.Count; i += 2)
        {
            csv.Append($"r-{i},{(i % 4 == 0 ? "not implemented" : "partially implemented")},{C("Evidence " + text[i])},{C(text[(i + 3) % text.Count])},2023-06-30\n");
        }

        return csv.ToString();
    }

    /// <summary>The theme's UI strings for a language, each followed by a payload.</summary>
    private static string UiStrings(string language)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repo.Theme, "i18n", language + ".yml")))
        {
            yaml.Load(reader);
        }

        var next = 0;
        foreach (var scalar in Values(yaml.Documents[0].RootNode).ToList())
        {
            scalar.Value += " " + PayloadCorpus.Text[next++ % PayloadCorpus.Text.Count];
            scalar.Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted;
        }

        using var writer = new StringWriter();
        yaml.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static IEnumerable<YamlScalarNode> Values(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.Values.SelectMany(Values),
        YamlSequenceNode list => list.Children.SelectMany(Values),
        YamlScalarNode scalar => [scalar],
        _ => [],
    };

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Q(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    /// <summary>An RFC 4180 quoted field.</summary>
    private static string C(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
