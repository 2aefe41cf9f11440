namespace UprSite.Core.Diagnostics;

/// <summary>
/// Every code the build can report. docs/diagnostics.md documents each one; a test keeps the two lists equal.
/// 01xx: files and YAML; 02xx: content; 03xx: templates; 04xx: links and output; 05xx–06xx: recommendation rows and
/// implementation; 07xx: factsheets and printing; 08xx: languages and publishing; 9xxx: the tool itself failed.
/// </summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticCode MissingFile = new("UPR0100", "A required file or folder is missing");
    public static readonly DiagnosticCode InvalidYaml = new("UPR0101", "YAML cannot be read");
    public static readonly DiagnosticCode InvalidSiteConfig = new("UPR0102", "site.yml is incomplete or inconsistent");
    public static readonly DiagnosticCode UnknownLanguage = new("UPR0103", "A file name or setting names a language site.yml does not declare");
    public static readonly DiagnosticCode MissingCountryFile = new("UPR0104", "A country folder has no country.yml");
    public static readonly DiagnosticCode InvalidCountry = new("UPR0105", "country.yml is incomplete or inconsistent");
    public static readonly DiagnosticCode UnclosedFrontMatter = new("UPR0106", "Front matter is opened with --- but never closed");
    public static readonly DiagnosticCode InvalidFileName = new("UPR0107", "A content file name does not follow <name>.<lang>.md");
    public static readonly DiagnosticCode MissingTitle = new("UPR0201", "A factsheet or page has no title");
    public static readonly DiagnosticCode DuplicateContent = new("UPR0202", "Two files produce the same page");
    public static readonly DiagnosticCode InvalidFrontMatterValue = new("UPR0203", "A front matter value has the wrong form");
    public static readonly DiagnosticCode MissingTranslationOrigin = new("UPR0204", "A translation has no version in the default language");
    public static readonly DiagnosticCode DraftLeftOut = new("UPR0205", "A draft factsheet is left out of the build (information)");
    public static readonly DiagnosticCode MarkdownTooDeep = new("UPR0206", "Markdown nests quotes, lists or emphasis deeper than the tool reads");
    public static readonly DiagnosticCode RawHtmlRemoved = new("UPR0210", "Raw HTML or an attribute in Markdown is not on the allow-list and was removed");
    public static readonly DiagnosticCode UnsafeLink = new("UPR0211", "A Markdown link or image has an address scheme other than http, https or mailto");
    public static readonly DiagnosticCode MissingLayout = new("UPR0301", "A layout or partial cannot be found");
    public static readonly DiagnosticCode LayoutSyntax = new("UPR0302", "A layout or partial does not parse");
    public static readonly DiagnosticCode LayoutRender = new("UPR0303", "A layout or partial fails while rendering");
    public static readonly DiagnosticCode MissingString = new("UPR0304", "A UI string is missing for a language");
    public static readonly DiagnosticCode BrokenLink = new("UPR0401", "An internal link points to no page or file of the site");
    public static readonly DiagnosticCode BrokenAnchor = new("UPR0402", "An internal link points to an anchor that does not exist");
    public static readonly DiagnosticCode OutputNotWritten = new("UPR0403", "The output folder cannot be written");
    public static readonly DiagnosticCode FactsheetQuestionCount = new("UPR0701", "A factsheet has fewer than 4 or more than 5 questions");
    public static readonly DiagnosticCode FactsheetWithoutRecommendations = new("UPR0702", "A factsheet has no recommendation");
    public static readonly DiagnosticCode WeakRecommendation = new("UPR0703", "A draft recommendation asks for minimal, continuing or considering action");
    public static readonly DiagnosticCode UnknownUprIssue = new("UPR0704", "A factsheet names an issue that is not a UPR Info issue");
    public static readonly DiagnosticCode FactsheetTooLong = new("UPR0705", "A factsheet's text is clearly too long for its page limit");
    public static readonly DiagnosticCode FactsheetTooManyPages = new("UPR0706", "A factsheet prints on more pages than site.yml allows");
    public static readonly DiagnosticCode BrowserMissing = new("UPR0707", "--pdf needs Chromium, which cannot be found or started");
    public static readonly DiagnosticCode PrintFailed = new("UPR0708", "Chromium failed while printing a PDF");
    public static readonly DiagnosticCode PrintDriverMissing = new("UPR0709", "--pdf needs Node.js 20 or later to run Playwright's driver, which cannot be found");
    public static readonly DiagnosticCode PrintWithoutBaseUrl = new("UPR0710", "--pdf needs the site's public address (base_url)");
    public static readonly DiagnosticCode SkeletonPlaceholder = new("UPR0711", "A factsheet still holds placeholder text from its skeleton");
    public static readonly DiagnosticCode InvalidCoalitionLogo = new("UPR0712", "site.yml's coalition.logo is not an image under assets/ that the site has");
    public static readonly DiagnosticCode BriefTooManyPages = new("UPR0730", "A recommending State's brief prints on more than two pages");
    public static readonly DiagnosticCode MemberInUnknownLanguage = new("UPR0731", "A coalition member's name or description is given in a language the site does not have");
    public static readonly DiagnosticCode MissingTranslation = new("UPR0801", "A factsheet or page has no translation in one of the site's languages");
    public static readonly DiagnosticCode MissingLocalizedText = new("UPR0802", "A text of site.yml or country.yml has no version in one of the site's languages");
    public static readonly DiagnosticCode NoCultureData = new("UPR0810", "The machine has no culture data (.NET globalization-invariant mode)");
    public static readonly DiagnosticCode UnknownLocale = new("UPR0811", "A language's locale is not one the machine's culture data knows");

    // 05xx: recommendation rows (recommendations/*.csv|xlsx|xls).
    public static readonly DiagnosticCode UnreadableRecommendationFile = new("UPR0500", "A recommendations file cannot be read at all");
    public static readonly DiagnosticCode UnknownRecommendationColumn = new("UPR0501", "A recommendations file has a column the layout does not know");
    public static readonly DiagnosticCode MissingRecommendationColumn = new("UPR0502", "A recommendations file lacks a required column");
    public static readonly DiagnosticCode MissingRecommendationValue = new("UPR0503", "A row lacks a required value");
    public static readonly DiagnosticCode UnknownResponse = new("UPR0504", "A row's response is not supported, noted or pending");
    public static readonly DiagnosticCode InvalidActionCategory = new("UPR0505", "A row's action category is not a number from 1 to 5");
    public static readonly DiagnosticCode UnknownIssue = new("UPR0506", "A row names an issue that is not in the UPR issue list");
    public static readonly DiagnosticCode DuplicateRecommendationId = new("UPR0507", "Two rows have the same recommendation id");
    public static readonly DiagnosticCode InvalidCycleOrSession = new("UPR0508", "A row's cycle or session is missing, out of range or inconsistent");
    public static readonly DiagnosticCode DeclaredTotalsDiffer = new("UPR0509", "The rows of a cycle do not add up to the totals country.yml declares");
    public static readonly DiagnosticCode RecommendationRowsUsed = new("UPR0510", "How many rows of a file belong to this country (information)");
    public static readonly DiagnosticCode NoRowsForCountry = new("UPR0511", "A recommendations file holds no row for this country");
    public static readonly DiagnosticCode UnsupportedRecommendationFile = new("UPR0512", "A file in recommendations/ is not .csv, .tsv, .xlsx or .xls");
    public static readonly DiagnosticCode DuplicateRecommendationColumn = new("UPR0513", "A column appears twice in a recommendations file");
    public static readonly DiagnosticCode InvalidSdg = new("UPR0514", "A row names an SDG goal or target that does not exist");
    public static readonly DiagnosticCode RowsWithoutReview = new("UPR0515", "Rows belong to a cycle that country.yml does not list");
    public static readonly DiagnosticCode CycleInSeveralFiles = new("UPR0516", "Rows of one cycle come from several files and may be counted twice");
    public static readonly DiagnosticCode RecommendationFileTooLarge = new("UPR0517", "A recommendations file is larger than any real export (bytes, rows, columns or cells)");

    // 052x: OHCHR matrices and other Word documents of recommendations (.docx).
    public static readonly DiagnosticCode UnreadableWordDocument = new("UPR0520", "A Word document cannot be read: not a .docx, or damaged");
    public static readonly DiagnosticCode WordDocumentIsDoc = new("UPR0521", "A Word 97-2003 .doc document, which the tool cannot read");
    public static readonly DiagnosticCode MatrixHeaderNotFound = new("UPR0522", "No table of a Word document has the header of an OHCHR matrix");
    public static readonly DiagnosticCode UnrecognisedMatrixState = new("UPR0523", "A recommending State named in a matrix is not a known State");
    public static readonly DiagnosticCode IncompleteMatrixRecommendation = new("UPR0524", "A matrix row lacks its paragraph number, text or recommending State");
    public static readonly DiagnosticCode UnknownMatrixPosition = new("UPR0525", "A matrix position is not Supported, Noted, partly supported or pending");
    public static readonly DiagnosticCode RepeatedMatrixParagraph = new("UPR0526", "A matrix lists the same paragraph twice; it is counted once");
    public static readonly DiagnosticCode MatrixRead = new("UPR0527", "How many recommendations a matrix holds (information)");

    // 053x: other sources (pledges, text encodings, matrices in the import), State names, sources merged.
    public static readonly DiagnosticCode PledgesKeptApart = new("UPR0530", "Voluntary pledges were kept apart from the recommendations (information)");
    public static readonly DiagnosticCode UncertainTextEncoding = new("UPR0531", "A text file's encoding was guessed between windows-1252 and Mac Roman with little to choose");
    public static readonly DiagnosticCode MatrixCycleUnknown = new("UPR0532", "The cycle of a matrix's recommendations cannot be told");
        public static readonly DiagnosticCode UnrecognisedRecommendingState = new("UPR0533", "A recommending State's name is no known State (the nearest are named)");
    public static readonly DiagnosticCode NonStateRecommendingSource = new("UPR0534", "A row's recommending source is not a State (unknown source, organisation); it gets no State page");
    public static readonly DiagnosticCode RecommendationsMerged = new("UPR0535", "Recommendations read from two files were the same and were counted once (information)");

    // 0545–0549: the same recommendation from two sources.
    public static readonly DiagnosticCode LostCharacterInText = new("UPR0545", "A row's text holds U+FFFD, a character the file lost when it was saved or converted");
    public static readonly DiagnosticCode MergedResponsesDiffer = new("UPR0546", "Two files give different responses to the same recommendation");

    // 055x: SDG goals and affected persons.
    public static readonly DiagnosticCode UnresolvedSdgLabel = new("UPR0550", "An SDG label names no goal; it is left out (the nearest goal is named)");

    // 056x: OHCHR matrices: the review a matrix names.
    public static readonly DiagnosticCode MatrixOfAnotherState = new("UPR0560", "A matrix's heading names another State under Review than the country's");
    public static readonly DiagnosticCode MatrixCycleConflict = new("UPR0561", "A matrix's heading and the document its positions cite give different cycles");

    // 056x (import): the State under Review of a row, characters the source itself lost.
    public static readonly DiagnosticCode UnknownStateUnderReview = new("UPR0562", "A row's State under Review is no known State; its rows are not counted for the country");
    public static readonly DiagnosticCode BrokenCharacterInSource = new("UPR0563", "Cells of a file hold the replacement character U+FFFD: the source lost a letter there");

    // 057x: the same recommendation in two sources, found on weaker evidence than one text or one paragraph; numbering slips.
    public static readonly DiagnosticCode MergedByClauseOrWording = new("UPR0570", "A row without a paragraph number was merged into another file's paragraph: a clause of it, or the same text worded a little otherwise (information)");
    public static readonly DiagnosticCode MergedParagraphsDiffer = new("UPR0571", "Two files number the same recommendation as different paragraphs; the more authoritative source's number is used");
    public static readonly DiagnosticCode ParagraphNumberSlip = new("UPR0572", "One paragraph number is given to unrelated texts of several States: a numbering slip, each counted as its own recommendation");
    public static readonly DiagnosticCode ClausesOfOneParagraph = new("UPR0573", "One State's rows of one paragraph counted as one recommendation by State (information)");
    public static readonly DiagnosticCode RepeatedRow = new("UPR0574", "A file lists the same recommendation of one State twice; counted once");
    public static readonly DiagnosticCode MisnamedRecommendationFile = new("UPR0576", "A file named as a Word document holds text in columns: it is read as CSV");
    public static readonly DiagnosticCode ClausesJoinedInCycle = new("UPR0575", "How many rows of a cycle were joined to another row of their State and paragraph, so that recommendations by State number fewer than the rows (information)");

    // 058x: reference data and counting: ratings of one paragraph, a row's session derived from the reference data.
    public static readonly DiagnosticCode ParagraphRatingsDiffer = new("UPR0580", "implementation.csv rates one recommendation (a paragraph of several States) twice with different statuses; the latest assessment counts");
    public static readonly DiagnosticCode DerivedSessionsDiffer = new("UPR0581", "A row's Working Group session, derived from its document symbol, differs from the session of the country's review of that cycle");

    // 060x: implementation.csv.
    public static readonly DiagnosticCode UnreadableImplementationFile = new("UPR0600", "implementation.csv cannot be read at all");
    public static readonly DiagnosticCode UnknownImplementationColumn = new("UPR0601", "implementation.csv has a column it does not know");
    public static readonly DiagnosticCode MissingImplementationColumn = new("UPR0602", "implementation.csv lacks a required column");
    public static readonly DiagnosticCode MissingImplementationValue = new("UPR0603", "A rating lacks its id, status or evidence");
    public static readonly DiagnosticCode UnknownImplementationStatus = new("UPR0604", "A rating's status is not one of the four statuses");
    public static readonly DiagnosticCode InvalidAssessmentDate = new("UPR0605", "A rating's date is not a YYYY-MM-DD date");
    public static readonly DiagnosticCode UnknownRatedRecommendation = new("UPR0606", "A rating points to a recommendation id no row has");
    public static readonly DiagnosticCode DuplicateRating = new("UPR0607", "A recommendation is rated twice");

    // 099x: data kept once for the whole site (input/recommendations/).
    public static readonly DiagnosticCode SiteExportSplit = new("UPR0990", "How a site-level export was split among the countries (information)");
    public static readonly DiagnosticCode SiteExportRowsWithoutCountry = new("UPR0991", "Rows of a site-level export concern States without a country folder; they are left out, counted");

    // 9xxx: not the input — the tool itself failed (exit code 2).
    public static readonly DiagnosticCode InvalidCalendarDate = new("UPR0220", "A calendar date or session in country.yml has the wrong form");
    public static readonly DiagnosticCode InvalidSubmissions = new("UPR0221", "The stakeholder submissions of a review are incomplete or do not add up");
    public static readonly DiagnosticCode InvalidBuildDate = new("UPR0222", "The build's date (--date or SOURCE_DATE_EPOCH) cannot be read");
    public static readonly DiagnosticCode MalformedDocumentSymbol = new("UPR0590", "A row's document is not a UN document symbol of the form A/HRC/<session>/<number>[/Add.<n>]; it is shown as given");
    public static readonly DiagnosticCode StylesheetImportCircle = new("UPR0404", "Stylesheets import each other in a circle, so one reference cannot point at a hashed name");
    public static readonly DiagnosticCode InternalError = new("UPR9001", "The tool itself failed (a bug in UprSite, not in the input)");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        MissingFile, InvalidYaml, InvalidSiteConfig, UnknownLanguage, MissingCountryFile, InvalidCountry,
        UnclosedFrontMatter, InvalidFileName, MissingTitle, DuplicateContent, InvalidFrontMatterValue,
        MissingTranslationOrigin, DraftLeftOut, MarkdownTooDeep, RawHtmlRemoved, UnsafeLink, MissingLayout, LayoutSyntax, LayoutRender, MissingString, BrokenLink,
        BrokenAnchor, OutputNotWritten,
        FactsheetQuestionCount, FactsheetWithoutRecommendations, WeakRecommendation, UnknownUprIssue, FactsheetTooLong,
        FactsheetTooManyPages, BrowserMissing, PrintFailed, PrintDriverMissing, PrintWithoutBaseUrl, SkeletonPlaceholder, InvalidCoalitionLogo, BriefTooManyPages,
        MemberInUnknownLanguage,
        MissingTranslation, MissingLocalizedText, NoCultureData, UnknownLocale,
        UnreadableRecommendationFile, UnknownRecommendationColumn, MissingRecommendationColumn, MissingRecommendationValue,
        UnknownResponse, InvalidActionCategory, UnknownIssue, DuplicateRecommendationId, InvalidCycleOrSession,
        DeclaredTotalsDiffer, RecommendationRowsUsed, NoRowsForCountry, UnsupportedRecommendationFile,
        DuplicateRecommendationColumn, InvalidSdg, RowsWithoutReview, CycleInSeveralFiles, RecommendationFileTooLarge,
        UnreadableWordDocument, WordDocumentIsDoc, MatrixHeaderNotFound, UnrecognisedMatrixState,
        IncompleteMatrixRecommendation, UnknownMatrixPosition, RepeatedMatrixParagraph, MatrixRead,
        PledgesKeptApart, UncertainTextEncoding, MatrixCycleUnknown, MatrixOfAnotherState, MatrixCycleConflict, UnknownStateUnderReview, BrokenCharacterInSource,
        MergedByClauseOrWording, MergedParagraphsDiffer, ParagraphNumberSlip, ClausesOfOneParagraph, RepeatedRow, ClausesJoinedInCycle, MisnamedRecommendationFile,
        UnrecognisedRecommendingState, NonStateRecommendingSource, RecommendationsMerged, LostCharacterInText, MergedResponsesDiffer,
        UnresolvedSdgLabel,
        ParagraphRatingsDiffer, DerivedSessionsDiffer,
        UnreadableImplementationFile, UnknownImplementationColumn, MissingImplementationColumn, MissingImplementationValue,
        UnknownImplementationStatus, InvalidAssessmentDate, UnknownRatedRecommendation, DuplicateRating,
        SiteExportSplit, SiteExportRowsWithoutCountry,
        InvalidCalendarDate, InvalidSubmissions, InvalidBuildDate,
        MalformedDocumentSymbol,
        StylesheetImportCircle,
        InternalError,
    ];
}
