using System.Text;
using UprSite.Build.Output.Downloads;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Safety;

/// <summary>CSV downloads never hand a spreadsheet a formula to evaluate (OWASP, "CSV Injection").</summary>
public sealed class CsvFormulaTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-0.2286", "-0.2286")]
    [InlineData("-12", "-12")]
    [InlineData("-1.", "'-1.")]
    [InlineData("-.5", "'-.5")]
    [InlineData("-1.2.3", "'-1.2.3")]
    [InlineData("-", "'-")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("a=1", "a=1")]
    [InlineData(" =1", " =1")]
    [InlineData("Adopt a law", "Adopt a law")]
    [InlineData("", "")]
    public void A_field_that_starts_a_formula_gets_a_leading_quote_also_when_quoted(string field, string written)
    {
        var text = Encoding.UTF8.GetString(new CsvText().Row([field, "next"]).ToBytes());

        Assert.Equal(written + ",next\r\n", text);
    }

    [Fact]
    public void The_recommendations_and_chart_downloads_of_a_built_site_carry_no_formula()
    {
        using var site = new TestSite()
            .Write("countries/kh/recommendations/rows.csv", """
                id,cycle,session,recommending_state,regional_group,response,action_category,issues,document,paragraph,text
                t-1,2,18,France,WEOG,supported,5,Right to land,A/HRC/26/16,118.1,"=HYPERLINK(""http://evil.example"",""Adopt"")"
                t-2,2,18,Japan,Asia,noted,3,Labour,A/HRC/26/16,118.2,@SUM(1+1)*cmd|' /C calc'!A0
                """)
            .Write("countries/kh/implementation.csv", """
                recommendation_id,status,evidence,source,date
                t-1,not implemented,+cmd|' /C calc'!A0,-2+3,2023-06-30
                """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var csvs = Directory.GetFiles(Path.Combine(site.Output, "data", "kh"), "*.csv", SearchOption.AllDirectories);
        Assert.Contains(csvs, p => p.EndsWith("recommendations.csv", StringComparison.Ordinal));
        Assert.Contains(csvs, p => p.Contains("/charts/", StringComparison.Ordinal));
        var cells = csvs.SelectMany(p => Cells(File.ReadAllText(p))).ToList();
        Assert.Contains("'=HYPERLINK(\"http://evil.example\",\"Adopt\")", cells);
        Assert.Contains("'@SUM(1+1)*cmd|' /C calc'!A0", cells);
        Assert.Contains("'+cmd|' /C calc'!A0", cells);
        Assert.Contains("'-2+3", cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
    }

    /// <summary>The cells of RFC 4180 text, unquoted.</summary>
    private static IEnumerable<string> Cells(string csv)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',' || c == '\n')
            {
                yield return cell.ToString().TrimEnd('\r');
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
    }
}
