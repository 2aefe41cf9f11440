using UprSite.Core.Diagnostics;
using UprSite.Import.Tests.Support;
using static UprSite.Import.Tests.Support.Xlsx;

namespace UprSite.Import.Tests.Layouts.Uhri;

/// <summary>
/// The Universal Human Rights Index "Export to Excel", written here with texts of our own: each input gives the rows
/// below it (<see cref="LayoutSpec.Line(UprSite.Core.Recommendations.Recommendation)"/>), one per recommending State.
/// </summary>
public sealed class UhriExportTests
{
    private static readonly object[] Header =
    [
        "Text", "Countries Concerned", "UPR Reccomending States", "UPR Position", "UPR Session", "Themes", "Affected Persons",
        "Sdgs", "Document Symbol", "Publication Date", "Mechanism",
    ];

    private static (RecommendationFile File, DiagnosticList Diagnostics) Import(params object[][] rows) =>
        RealExports.ReadFor(RealExports.Cambodia, RealExports.File("uhri.xlsx", Workbook([Header, .. rows])));

    [Fact]
    public void A_row_with_several_States_gives_one_row_per_State_with_its_themes_persons_and_goals()
    {
        var (file, diagnostics) = Import(
            ["118.5 Guarantee that journalists can work without fear", "- Cambodia", "- Chile\n- Estonia", "Supported", "18",
                "- D43 Freedom of opinion and expression\n- A41 Constitutional and legislative framework", "- journalists\n- media workers",
                "- 16 - Peace, justice and strong institutions\n- 16.10", "A/HRC/26/16", 41730.0, "UPR"],
            ["Adopt a moratorium on evictions", "- Cambodia", "- Germany", "Noted", "Session 18 (January 2014)",
                "- E21 Right to adequate housing", string.Empty, "- Goal 11", "A/HRC/26/16", 41730.0, "UPR"]);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(
            string.Join('\n',
                "a-hrc-26-16-118.5-chile | 2 | 18 | Cambodia | Chile | - | supported | - | 4 | A/HRC/26/16 | 118.5 | 16; 16.10 | Guarantee that journalists can work without fear",
                "a-hrc-26-16-118.5-estonia | 2 | 18 | Cambodia | Estonia | - | supported | - | 4 | A/HRC/26/16 | 118.5 | 16; 16.10 | Guarantee that journalists can work without fear"),
            string.Join('\n', file.Rows.Take(2).Select(LayoutSpec.Line)));
        Assert.Equal(["D43 Freedom of opinion and expression", "A41 Constitutional and legislative framework"], file.Rows[0].Themes);
        Assert.Equal(["journalists", "media workers"], file.Rows[1].AffectedPersons);
        var third = file.Rows[2];
        Assert.Equal(("Germany", 2, (int?)18, UprSite.Core.Vocabulary.Response.Noted), (third.RecommendingState, third.Cycle, third.Session, third.Response));
        Assert.Equal(["11"], third.Sdgs);
        Assert.Null(third.Paragraph);
        Assert.Equal("info UPR0510 (0,0): used 2 of 2 rows, which give 3 rows by State (a row naming several recommending States is one row per State); read as the Universal Human Rights Index export",
            LayoutSpec.Line(Assert.Single(diagnostics.Items)));
    }

    [Fact]
    public void Other_States_rows_are_left_out_and_a_missing_session_is_read_from_the_document()
    {
        var (file, diagnostics) = Import(
            ["Ratify the convention on enforced disappearance", "- Chile", "- France", "Supported", "18", string.Empty, string.Empty,
                string.Empty, "A/HRC/26/5", 41730.0, "UPR"],
            ["Ratify the optional protocol", "- Cambodia", "- Ghana", "Supported/Noted", string.Empty, string.Empty, string.Empty,
                string.Empty, "A/HRC/13/4", 40000.0, "UPR"]);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        var row = Assert.Single(file.Rows);
        // A/HRC/13/4 was adopted at the Council's 13th session, which took up the Working Group's 6th.
        Assert.Equal(("Ghana", 1, (int?)6, "A/HRC/13/4"), (row.RecommendingState, row.Cycle, row.Session, row.Document));
        Assert.Equal(UprSite.Core.Vocabulary.Response.PartlySupported, row.Response);
        Assert.Equal(1, file.LeftOut["rows of other States under Review"]);
    }

    [Fact]
    public void An_export_of_every_mechanism_keeps_the_UPR_rows_and_counts_the_others_left_out()
    {
        object[] header =
        [
            "Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Themes", "Type", "UPR Reccomending States",
            "UPR Position", "UPR Session", "OHCHR Annotation Id",
        ];
        var bytes = Workbook(
            header,
            ["The Committee is concerned about evictions", "- Cambodia", "- CESCR", "E/C.12/KHM/CO/2", "- Right to adequate housing",
                "- Concerns/Observations", string.Empty, string.Empty, string.Empty, "a1"],
            ["110.3 Stop forced evictions (Sweden)", "- Cambodia", "- UPR", "- A/HRC/41/17", "- Right to adequate housing",
                "- Recommendations", "- Sweden", "- Supported", "- 32nd session", "a2"],
            ["Visit the country", "- Cambodia", "- Special Rapporteur on housing", "A/HRC/40/61", string.Empty,
                "- Recommendations", string.Empty, string.Empty, string.Empty, "a3"]);

        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("uhri.xlsx", bytes));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        var row = Assert.Single(file.Rows);
        Assert.Equal(("Sweden", 3, (int?)32, "110.3"), (row.RecommendingState, row.Cycle, row.Session, row.Paragraph));
        Assert.Equal(2, file.LeftOut["rows of other mechanisms than the UPR (treaty bodies, special procedures)"]);
        Assert.Equal(1, file.RowsForCountry);
    }

    [Fact]
    public void A_missing_required_column_is_reported_in_the_header()
    {
        var bytes = Workbook(["Text", "Countries Concerned", "UPR Reccomending States", "UPR Session"], ["Do it", "- Cambodia", "- Chile", "18"]);

        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("uhri.xlsx", bytes));

        Assert.Empty(file.Rows);
        Assert.Equal("error UPR0502 (1,1): the header has no 'upr_position' column, which the Universal Human Rights Index export has; export the file again with all its columns",
            LayoutSpec.Line(Assert.Single(diagnostics.Items)));
    }
}
