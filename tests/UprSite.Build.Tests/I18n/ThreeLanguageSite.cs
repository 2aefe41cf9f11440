using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// A test site in English (default), Khmer and French, built once from the files a subclass gives; Khmer pages use
/// native digits when asked.
/// </summary>
public abstract class ThreeLanguageSite : IDisposable
{
    protected ThreeLanguageSite(bool nativeKhmerDigits, params (string Path, string Text)[] files)
    {
        var khmerDigits = nativeKhmerDigits ? ", digits: native" : "";
        Site = new TestSite(withCountry: false).Write("site.yml", $$"""
            title: {en: Test Coalition, km: សម្ព័ន្ធសាកល្បង, fr: Coalition de test}
            base_url: https://test.example.org
            languages:
              - {code: en, label: English, locale: en-GB, default: true}
              - {code: km, label: ខ្មែរ, locale: km-KH{{khmerDigits}}}
              - {code: fr, label: Français, locale: fr-FR}
            """);
        foreach (var (path, text) in files)
            Site.Write(path, text);
        Result = Site.Build();
    }

    public TestSite Site { get; }

    public UprSite.Build.Pipeline.BuildResult Result { get; }

    public IDocument Page(string path) => new HtmlParser().ParseDocument(Site.ReadOutput(path));

    public void Dispose()
    {
        Site.Dispose();
        GC.SuppressFinalize(this);
    }
}
