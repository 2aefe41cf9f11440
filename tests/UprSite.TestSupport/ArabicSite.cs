namespace UprSite.TestSupport;

/// <summary>
/// A small right-to-left site: English (default) and Arabic with native digits, a labour factsheet in both whose Arabic
/// context cites UN document symbols, and Arabic UI strings in i18n/ar.yml. Paths are relative to input/.
/// </summary>
public static class ArabicSite
{
    public const string SiteYml = """
        title: {en: Test Coalition, ar: تحالف تجريبي}
        base_url: https://test.example.org
        languages:
          - {code: en, label: English, locale: en-GB, default: true}
          - {code: ar, label: العربية, locale: ar, direction: rtl, digits: native}
        """;

    public const string CountryYml = """
        names: {en: Cambodia, ar: كمبوديا}
        summary: {en: Cambodia was reviewed four times., ar: خضعت كمبوديا للاستعراض أربع مرات.}
        reviews:
          - cycle: 2
            session: 18
            date: 2014-01-28
            troika: [Italy, Morocco, Philippines]
            documents: {report: A/HRC/26/16}
            declared: {received: 205, supported: 163, noted: 42, source: "A/HRC/26/16 and addendum"}
        """;

    public const string Strings = """
        a11y: {skip_to_content: انتقل إلى المحتوى الرئيسي}
        nav: {label: القائمة الرئيسية, home: الرئيسية, languages: اللغات, breadcrumbs: مسار التنقل}
        root: {choose_language: "اختر لغتك:"}
        home: {countries: البلدان, factsheets: صحائف المناصرة, pages: عن الاستعراض}
        language: {en: الإنجليزية, ar: العربية}
        fallback:
          factsheet: "هذه الصحيفة غير متاحة بعد باللغة {language}؛ إليك النسخة {original}."
          page: "هذه الصفحة غير متاحة بعد باللغة {language}؛ إليك النسخة {original}."
          link: "افتح الصفحة باللغة {original}"
        """;

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["site.yml"] = SiteYml,
        ["countries/kh/country.yml"] = CountryYml,
        ["i18n/ar.yml"] = Strings,
        ["countries/kh/factsheets/labour.en.md"] = FactsheetText.Of("Labour rights", "See the report A/HRC/26/16 of 2014."),
        ["countries/kh/factsheets/labour.ar.md"] = FactsheetText.Of(
            "حقوق العمال", "انظر التقرير A/HRC/26/16 لعام 2014 والوثيقة CCPR/C/KHM/CO/3.", "أسئلة", "توصيات"),
    };
}
