using UprSite.Build.I18n;
using UprSite.Build.Pages.Models;
using UprSite.Build.Templates;
using UprSite.Core.Factsheets;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Urls;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Pages;

/// <summary>
/// The factsheet-only views: the body in its parts, "what the State was already told" and the print links, for
/// one language and one page (the factsheet's own page or the print pack).
/// </summary>
/// <param name="pdfs">The PDFs the Print stage will make (<see cref="PrintPlan"/>); the print links go to those only.</param>
public sealed class FactsheetViewFactory(Site site, Language language, StringTable strings, string pagePath, IReadOnlySet<string> pdfs)
{
    private readonly LocaleFormat _format = new(language);

    private readonly Data.DataLabels _labels = new(strings, language);

    public FactsheetPrintView Print(Factsheet factsheet)
    {
        var page = SitePaths.Factsheet(factsheet.Language, factsheet.CountryCode, factsheet.Slug);
        var url = SitePaths.Absolute(site.Settings.BaseUrl, page);
        var qr = QrCodeSvg.For(url, T("factsheet.qr_label").Replace("{url}", url, StringComparison.Ordinal));
        var pdf = PrintPaths.FactsheetPdf(factsheet.Language, factsheet.CountryCode, factsheet.Slug);
        if (!pdfs.Contains(pdf))
        {
            return new FactsheetPrintView(url, qr, null, null, null, null, Paper);
        }

        // A fallback page links the pack in its reader's language, whose cover names this factsheet, when there is one.
        var pack = PrintPaths.PrintPack(language.Code, factsheet.CountryCode) is var own && pdfs.Contains(own)
            ? own
            : PrintPaths.PrintPack(factsheet.Language, factsheet.CountryCode);
        return new FactsheetPrintView(url, qr,
            Href(pdf),
            PrintPaths.FactsheetPdfDownloadName(factsheet.Language, factsheet.CountryCode, factsheet.Slug),
            Href(pack), pack.Split('/')[^1], Paper);
    }

    private string Paper => site.Settings.Print.Paper == PaperSize.Letter ? "letter" : "a4";

    /// <param name="previous">Computed once per factsheet (<see cref="Compute.CountryData.PreviousOf"/>).</param>
    public PreviousView Previous(Factsheet factsheet, Country country, PreviousRecommendations previous)
    {
        var countryName = country.Name.Get(language.Code, site.Settings.DefaultLanguage.Code);
        (string Name, string Value)[] values = [.. _labels.CountryForms(country, countryName).Placeholders("country"),
            ("supported", _format.Number(previous.Supported)), ("noted", _format.Number(previous.Noted)),
            ("parts", Data.ResponseParts.Of(_labels, [("supported", previous.Supported), ("noted", previous.Noted),
                ("pending", previous.Total - previous.Supported - previous.Noted)])),
        ];
        string Fill(string text) => values.Aggregate(text, (t, v) => t.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));
        string Count(string key, int count) => Fill(strings.Plural(language.Code, key, count))
            .Replace("{count}", _format.Number(count), StringComparison.Ordinal);

        if (previous.CountryTotal == 0)
        {
            return new PreviousView(false, Fill(T("factsheet.previous_no_data")), [], []);
        }

        if (previous.Total == 0)
        {
            return new PreviousView(false, factsheet.Issues.Count == 0
                ? Fill(T("factsheet.previous_no_issues"))
                : Count("factsheet.previous_none", previous.CountryTotal), [], []);
        }

        var cycles = previous.Cycles.Select(c => new PreviousCycleView(c.Cycle, _format.Number(c.Total), _format.Number(c.Supported),
            _format.Number(c.Noted), string.Join(", ", c.RecommendingStates.Select(StateName)), c.RecommendingStates.Count)).ToList();
        return new PreviousView(true, Count("factsheet.previous_summary", previous.Total), cycles, previous.MostSpecific.Select(Item).ToList());
    }

    private PreviousItemView Item(PreviousRecommendation previous)
    {
        var r = previous.Recommendation;
        var response = T("data.response." + ResponseVocabulary.Key(r.Response));
        var estimated = r.ActionCategory is null || r.ActionCategoryEstimated;
        var category = previous.Category is { } c
            ? T(estimated ? "factsheet.category_estimated" : "factsheet.category_value")
                .Replace("{category}", _format.Number((int)c), StringComparison.Ordinal)
            : null;
        var key = previous.Rating is { } rating ? ImplementationStatusVocabulary.Key(rating.Status) : null;
        var status = key is null ? null : T("data.status." + key);
        return new PreviousItemView(r.Text, r.Cycle, string.Join(", ", previous.RecommendingStates.Select(StateName)), response, category, status, key,
            previous.Rating?.Evidence);
    }

    private string StateName(string recommendingState) => _labels.StateName(recommendingState);

    private string Href(string target) => RelativeUrl.Between(pagePath, target);

    private string T(string key) => strings.Get(language.Code, key);
}
