namespace UprSite.Build.Content;

/// <summary>
/// Every key the parsers accept, per mapping. The JSON Schemas in theme/schemas/ describe the same keys for editors;
/// a test keeps the two equal.
/// </summary>
public static class KnownKeys
{
    public static readonly string[] Site = ["title", "description", "base_url", "languages", "coalition", "print", "licence"];
    public static readonly string[] SiteLanguage = ["code", "label", "locale", "direction", "default", "digits"];
    public static readonly string[] SiteCoalition = ["name", "members", "contact", "logo"];
    public static readonly string[] SiteCoalitionMember = ["name", "description"];
    public static readonly string[] SitePrint = ["paper", "max_pages", "briefs"];

    public static readonly string[] Country = ["names", "aliases", "summary", "reviews", "calendar"];
    public static readonly string[] CountryReview = ["cycle", "session", "date", "troika", "documents", "declared", "submissions"];
    public static readonly string[] CountryDocuments = ["report", "addendum"];
    public static readonly string[] CountryDeclared = ["received", "supported", "partly_supported", "noted", "source"];
    public static readonly string[] CountrySubmissions = ["total", "joint", "individual", "source"];
    public static readonly string[] CountryCalendar = ["mid_term_report", "submission_deadline", "pre_session", "next_review", "next_session"];

    public static readonly string[] Factsheet = ["title", "description", "issues", "review", "sdgs", "contact", "updated", "draft"];
    public static readonly string[] FactsheetContact = ["name", "email"];

    public static readonly string[] Page = ["title", "description"];
}
