namespace UprSite.Core.Urls;

/// <summary>
/// Where the PDFs of <c>uprsite build --pdf</c> go: each factsheet's PDF beside its page
/// (en/countries/kh/factsheets/land/land.pdf) and one print pack per country and language with all its factsheets
/// (en/countries/kh/factsheets/kh-factsheets-en.pdf), and each recommending State's brief beside its page
/// (en/countries/kh/states/france/brief/index.html, printed to brief.pdf there).
/// </summary>
public static class PrintPaths
{
    public static string FactsheetPdf(string language, string countryCode, string slug) =>
        $"{language}/countries/{countryCode}/factsheets/{slug}/{slug}.pdf";

    /// <summary>The name a reader's browser saves the factsheet PDF under (the country and language tell copies apart).</summary>
    public static string FactsheetPdfDownloadName(string language, string countryCode, string slug) =>
        $"{countryCode}-{slug}-{language}.pdf";

    public static string PrintPack(string language, string countryCode) =>
        $"{language}/countries/{countryCode}/factsheets/{countryCode}-factsheets-{language}.pdf";

    /// <summary>
    /// The page the print pack is printed from, at the depth of a factsheet page so that relative links resolve alike;
    /// it exists only while printing and is never written.
    /// </summary>
    public static string PrintPackPage(string language, string countryCode) =>
        $"{language}/countries/{countryCode}/factsheets/print-pack/index.html";

    /// <summary>The brief for a meeting with a recommending State's embassy: a page of its own, beside the State's page.</summary>
    public static string BriefPage(string language, string countryCode, string stateSlug) =>
        $"{language}/countries/{countryCode}/states/{stateSlug}/brief/index.html";

    public static string BriefPdf(string language, string countryCode, string stateSlug) =>
        $"{language}/countries/{countryCode}/states/{stateSlug}/brief/brief.pdf";

    /// <summary>The name a reader's browser saves the brief under (kh-france-brief-en.pdf).</summary>
    public static string BriefPdfDownloadName(string language, string countryCode, string stateSlug) =>
        $"{countryCode}-{stateSlug}-brief-{language}.pdf";
}
