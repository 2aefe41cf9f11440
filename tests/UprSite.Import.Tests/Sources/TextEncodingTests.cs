using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Import.Tables;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Sources;

/// <summary>Text files are read in the encoding their bytes show: UTF-8, UTF-16, windows-1252 or Mac Roman.</summary>
public sealed class TextEncodingTests
{
    private const string Names = "State,Text\nCôte d’Ivoire,Garantir l’accès à l’éducation\nPerú,Proteger a los niños y las niñas\nSão Tomé and Príncipe,Ratificar a convenção\n";

    private static Encoding Windows1252 => TextDecoder.WindowsLatin;

    public static TheoryData<string> Encodings => ["UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "UTF-16LE BOM", "windows-1252", "Mac Roman"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Each_encoding_is_told_apart_by_its_bytes(string encoding)
    {
        var decoded = TextDecoder.Read(Bytes(Names, encoding));

        Assert.Equal(Names, decoded.Text);
        Assert.Equal(encoding.Replace(" BOM", string.Empty, StringComparison.Ordinal), decoded.Encoding);
        Assert.False(decoded.Uncertain);
    }

    [Fact]
    public void A_windows_1252_CSV_keeps_its_accents_and_apostrophes()
    {
        var bytes = Windows1252.GetBytes("recommending_state,text,response,cycle\nCôte d’Ivoire,Garantir l’accès à l’éducation,supported,2\n");

        var (file, diagnostics) = RealExports.ReadAll(RealExports.File("rows.csv", bytes));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        var row = Assert.Single(file.Rows);
        Assert.Equal("Garantir l’accès à l’éducation", row.Text);
        // The State is written by its UN name once the accented spelling resolves.
        Assert.Equal("Côte d'Ivoire", row.RecommendingState);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.UncertainTextEncoding.Id);
    }

    [Theory]
    [InlineData("Democratic People’s Republic of Korea", "Democratic People's Republic of Korea")]
    [InlineData("Lao People’s Democratic Republic", "Lao People's Democratic Republic")]
    public void A_windows_1252_file_whose_only_non_ASCII_character_is_the_apostrophe_is_read_as_windows_1252(string written, string state)
    {
        var bytes = Windows1252.GetBytes($"recommending_state,text,response,cycle\n{written},Protect women’s rights and the Constitution’s guarantees,supported,2\n");

        var (file, diagnostics) = RealExports.ReadAll(RealExports.File("rows.csv", bytes));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        var row = Assert.Single(file.Rows);
        Assert.Equal(state, row.RecommendingState);
        Assert.Equal("Protect women’s rights and the Constitution’s guarantees", row.Text);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.UnrecognisedRecommendingState.Id);
    }

    [Fact]
    public void A_Mac_Roman_word_with_i_acute_between_letters_stays_Mac_Roman()
    {
        var text = "State,Text\nPerú,Garantizar que el país proteja a los niños\n";

        var decoded = TextDecoder.Read(TextDecoder.MacRoman.GetBytes(text));

        Assert.Equal(text, decoded.Text);
        Assert.Equal("Mac Roman", decoded.Encoding);
    }

    [Fact]
    public void A_close_call_is_a_warning_naming_the_file_and_the_encoding()
    {
        // One byte 0xE5: "å" in windows-1252, "Â" in Mac Roman, each plausible at the start of a word.
        byte[] bytes = [.. "recommending_state,text,response,cycle\nNorway,Visit "u8, 0xE5, .. "s,supported,2\n"u8];

        var (_, diagnostics) = RealExports.ReadAll(RealExports.File("rows.csv", bytes));

        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.UncertainTextEncoding.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("rows.csv", warning.File);
        Assert.Matches("read as (windows-1252|Mac Roman)", warning.Message);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_CSV_in_each_encoding_gives_one_State_for_both_apostrophes_and_keeps_the_text(string encoding)
    {
        const string Csv = "recommending_state,text,response,cycle\n"
            + "Côte d'Ivoire,Garantir l’accès à l’école des filles,supported,2\n"
            + "Côte d’Ivoire,Protéger les défenseurs « sans délai »,noted,2\n";

        var (file, diagnostics) = RealExports.ReadAll(RealExports.File("rows.csv", Bytes(Csv, encoding)));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(["Côte d'Ivoire", "Côte d'Ivoire"], file.Rows.Select(r => r.RecommendingState));
        Assert.Equal(["Garantir l’accès à l’école des filles", "Protéger les défenseurs « sans délai »"], file.Rows.Select(r => r.Text));
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.UncertainTextEncoding.Id);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.UnrecognisedRecommendingState.Id);
    }

    [Theory]
    [InlineData("6-9.csv")]
    [InlineData("17-20.csv")]
    public void The_real_Mac_Roman_exports_decode_exactly_as_Mac_Roman(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.SharedData, "upr-info-2015", name));

        var decoded = TextDecoder.Read(bytes);

        Assert.Equal("Mac Roman", decoded.Encoding);
        Assert.False(decoded.Uncertain);
        Assert.Equal(TextDecoder.MacRoman.GetString(bytes), decoded.Text);
    }

    private static byte[] Bytes(string text, string encoding) => encoding switch
    {
        "UTF-8" => Encoding.UTF8.GetBytes(text),
        "UTF-8 BOM" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "UTF-16LE" => Encoding.Unicode.GetBytes(text),
        "UTF-16BE" => Encoding.BigEndianUnicode.GetBytes(text),
        "UTF-16LE BOM" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "windows-1252" => Windows1252.GetBytes(text),
        "Mac Roman" => TextDecoder.MacRoman.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
