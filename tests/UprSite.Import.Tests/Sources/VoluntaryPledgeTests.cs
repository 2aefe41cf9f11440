using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Sources;

/// <summary>UPR Info's "Voluntary Pledge" rows are kept as pledges: never an error, never a recommendation.</summary>
public sealed class VoluntaryPledgeTests
{
    private const string Header = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n";

    private static byte[] Export => Encoding.UTF8.GetBytes(Header
        + "Cambodia,Asia,ASEAN,Ratify the convention on migrant workers.,France,WEOG,EU,Accepted,4,Migrants,18\n"
        + "Cambodia,Asia,ASEAN,We will present a mid-term report.,Cambodia,Asia,ASEAN,Voluntary Pledge,,UPR process,18\n"
        + "Cambodia,Asia,ASEAN,We will invite the rapporteur on housing.,Cambodia,Asia,ASEAN,voluntary pledge,,,18\n"
        + "Chile,GRULAC,OAS,We will publish our follow-up plan.,Chile,GRULAC,OAS,Voluntary Pledge,,,18\n");

    [Fact]
    public void Pledges_are_kept_apart_and_reported()
    {
        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("export.csv", Export));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal("France", Assert.Single(file.Rows).RecommendingState);
        Assert.Equal(["We will present a mid-term report.", "We will invite the rapporteur on housing."], file.Pledges.Select(p => p.Text));
        Assert.All(file.Pledges, p => Assert.Equal((2, (int?)18, "Cambodia"), (p.Cycle, p.Session, p.MadeBy)));
        Assert.Equal(["UPR process"], file.Pledges[0].Issues);
        var info = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.PledgesKeptApart.Id);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Contains("kept 2 voluntary pledges apart", info.Message, StringComparison.Ordinal);
        Assert.Contains("used 1 of 4 rows", Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.RecommendationRowsUsed.Id).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_pledge_without_a_session_is_a_located_error()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "Cambodia,Asia,ASEAN,We will report.,Cambodia,Asia,ASEAN,Voluntary Pledge,,,\n");

        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("export.csv", bytes));

        Assert.Empty(file.Pledges);
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal((DiagnosticCodes.MissingRecommendationValue.Id, 2), (error.Code, error.Line));
    }

    /// <summary>
    /// The real 2015 exports hold no pledge rows: counted with
    /// <c>python3 -c "import csv; …"</c> over the Response column (6-9: 6,206 Accepted + 2,137 Noted = 8,343 rows,
    /// 17-20: 6,094 + 1,890 = 7,984, as their README says), so every row is a recommendation.
    /// </summary>
    [Theory]
    [InlineData("6-9.csv", 8343)]
    [InlineData("17-20.csv", 7984)]
    public void The_real_exports_hold_no_pledge(string name, int rows)
    {
        var (file, diagnostics) = RealExports.ReadAll(Path.Combine(RepoPaths.SharedData, "upr-info-2015", name));

        Assert.Empty(file.Pledges);
        Assert.Equal(rows, file.Rows.Count);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.PledgesKeptApart.Id);
    }
}
