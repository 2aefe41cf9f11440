namespace UprSite.Browser.Tests.Support;

/// <summary>A small right-to-left site: English (default) and Arabic, with a factsheet citing UN document symbols.</summary>
public static class ArabicSite
{
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["site.yml"] = """
            title: {en: Test Coalition, ar: تحالف تجريبي}
            base_url: https://test.example.org
            languages:
              - {code: en, label: English, locale: en-GB, default: true}
              - {code: ar, label: العربية, locale: ar, direction: rtl}
            """,
        ["countries/kh/country.yml"] = """
            names: {en: Cambodia, ar: كمبوديا}
            summary: {en: Cambodia was reviewed four times., ar: خضعت كمبوديا للاستعراض الدوري الشامل أربع مرات.}
            reviews:
              - cycle: 2
                session: 18
                date: 2014-01-28
                troika: [Italy, Morocco, Philippines]
                documents: {report: A/HRC/26/16}
                declared: {received: 205, supported: 163, noted: 42, source: "A/HRC/26/16 and addendum"}
            """,
        ["i18n/ar.yml"] = """
            a11y: {skip_to_content: انتقل إلى المحتوى الرئيسي}
            nav: {label: القائمة الرئيسية, home: الرئيسية, languages: اللغات, breadcrumbs: مسار التنقل}
            home: {countries: البلدان, factsheets: صحائف المناصرة, pages: عن الاستعراض}
            """,
        ["countries/kh/factsheets/labour.en.md"] = Factsheet("Labour rights", "See the report A/HRC/26/16.", "Questions", "Recommendations"),
        ["countries/kh/factsheets/labour.ar.md"] = Factsheet(
            "حقوق العمال", "انظر تقرير الفريق العامل A/HRC/26/16 الصادر عام 2014، والملاحظات الختامية CCPR/C/KHM/CO/3.", "أسئلة", "توصيات"),
    };

    private static string Factsheet(string title, string context, string questions, string recommendations) => $"""
        ---
        title: {title}
        issues: [Labour]
        review: 4
        updated: 2024-05-08
        ---
        {context}

        ## {questions} {"{#questions}"}

        1. How many unions were registered in 2023?
        2. How many applications were refused?
        3. On what grounds were they refused?
        4. When will the law be amended?

        ## {recommendations} {"{#recommendations}"}

        1. Amend the Law on Trade Unions by the end of 2026 so that registration is granted within 30 days.
        """;
}
