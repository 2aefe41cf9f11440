namespace UprSite.Build.Tests.Support;

/// <summary>Small content files for test sites.</summary>
public static class SampleContent
{
    public static string Factsheet(string title, string body = "Context.\n\n## Questions\n1. One?\n2. Two?\n3. Three?\n4. Four?\n\n## Recommendations\n1. Adopt a law by 2027.\n") =>
        $"---\ntitle: {title}\nissues: [Right to land]\nreview: 4\nupdated: 2024-02-01\n---\n{body}";

    public static string Page(string title, string body = "Text.\n") => $"---\ntitle: {title}\n---\n{body}";

    /// <summary>A site with one factsheet in English and Khmer and one English page.</summary>
    public static TestSite BilingualSite() => new TestSite()
        .Write("countries/kh/factsheets/land.en.md", Factsheet("Land rights"))
        .Write("countries/kh/factsheets/land.km.md", Factsheet("សិទ្ធិដីធ្លី"))
        .Write("pages/about.en.md", Page("About us", "See [land](/en/countries/kh/factsheets/land/).\n"));
}
