using System.Text;

namespace UprSite.Build.Tests.Fuzz;

/// <summary>
/// Seeded mutations of a file's bytes: bit flips, random bytes, deletions, duplications, truncation, and splices of
/// the tokens that break parsers (anchors and aliases, runs of nesting markers, control characters, huge numbers,
/// unusual Unicode). The same seed gives the same mutant on every machine; <see cref="Log"/> says what was done.
/// </summary>
public sealed class Mutator(int seed, IReadOnlyList<string> tokens)
{
    public static readonly IReadOnlyList<string> Common =
    [
        "\0", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\u202e", "\ufeff", "\ufffe", "\ud83d\ude00",
        "e\u0301", "ខ្មែរ", "العربية", "99999999999999999999", "-2147483649", "1e309", "NaN", "0x7fffffff", "%0A", "%5C",
        "%00", "%", "#", "'", "\"", "\\", "\r", "\n", "\r\n", "\t", "  ", "<script>alert(1)</script>", "javascript:",
        "../../", "//", "&amp;", "&#0;", "{{ x }}", "\\u0000",
    ];

    public static readonly IReadOnlyList<string> Yaml =
    [
        "&a ", "*a", "&b [*a, *a, *a, *a]", "? ", "? {a: b}\n: c\n", ": ", "- ", "[", "]", "{", "}", ",", "---\n", "...\n",
        "!!binary ", "!!int ", "!custom ", "%YAML 1.1\n", "<<: *a\n", "|\n", ">-\n", "~", "null", "x: &x\n  y: *x\n",
        "a:\n  b: c\n: \n", "key: value\nkey: again\n", "- {code: en, label: E}\n",
    ];

    public static readonly IReadOnlyList<string> Markdown =
    [
        ">", "> ", "- ", "* ", "1. ", "#", "## ", "[x](", ")", "](/en/pages/about/#x%0Ay)", "](/en/#%5C)", "{#", "}", "```",
        "|", "| a | b |\n|---|---|\n", "*", "_", "**", "![](", "<a name=\"x\">", "\n\n", "[^1]", "<!--", "---\n", "$$",
    ];

    public static readonly IReadOnlyList<string> Table =
    [
        ",", ";", "\t", "\"", "\"\"", "\r", "\r\n", "supported", "noted", "Cambodia", "99999", "16.a", "0", "-1", "A/HRC/",
        "=HYPERLINK(\"x\")", ",,,,,,,,,,,,,,,,,,,,",
    ];

    public static readonly IReadOnlyList<string> SheetXml =
    [
        "r=\"ZZZZZZ40\"", "r=\"XFD1048576\"", "r=\"A99999999\"", "t=\"s\"", "t=\"inlineStr\"", "t=\"b\"", "<v>4294967296</v>",
        "<v>-1</v>", "<c r=\"B2\" t=\"s\"><v>999</v></c>", "<row r=\"0\">", "<row r=\"2000000\">", "<![CDATA[", "&#0;",
        "&#x110000;", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "</c>", "<c>", "<is><t>", "</t></is>", "<rPh>", "&lt;", "<?xml ",
    ];

    private readonly Random _random = new(seed);
    private readonly List<string> _log = [];

    public IReadOnlyList<string> Log => _log;

    /// <summary>A choice from the same seeded sequence, for callers that mutate in their own way.</summary>
    public int Choose(int count) => _random.Next(count);

    /// <summary>One to four mutations applied in turn.</summary>
    public byte[] Mutate(byte[] original)
    {
        var bytes = new List<byte>(original);
        var count = _random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            Apply(bytes);
        }

        return [.. bytes];
    }

    private void Apply(List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
        switch (_random.Next(8))
        {
            case 0 when bytes.Count > 0:
                var bit = _random.Next(8);
                bytes[at] ^= (byte)(1 << bit);
                _log.Add($"flip bit {bit} at {at}");
                break;
            case 1 when bytes.Count > 0:
                bytes[at] = (byte)_random.Next(256);
                _log.Add($"byte 0x{bytes[at]:x2} at {at}");
                break;
            case 2 when bytes.Count > 0:
                var length = Math.Min(bytes.Count - at, _random.Next(1, 1 + Math.Max(1, bytes.Count / 10)));
                bytes.RemoveRange(at, length);
                _log.Add($"delete {length} at {at}");
                break;
            case 3 when bytes.Count > 0:
                var from = _random.Next(bytes.Count);
                var slice = bytes.GetRange(from, Math.Min(bytes.Count - from, _random.Next(1, 200)));
                bytes.InsertRange(at, slice);
                _log.Add($"duplicate {slice.Count} from {from} to {at}");
                break;
            case 4 when bytes.Count > 0 && _random.Next(4) == 0:
                bytes.RemoveRange(at, bytes.Count - at);
                _log.Add($"truncate at {at}");
                break;
            case 5:
                var run = Pick();
                var times = _random.Next(2) == 0 ? _random.Next(2, 50) : _random.Next(100, 3_000);
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(run, times))));
                _log.Add($"run of {times} x {Show(run)} at {at}");
                break;
            default:
                var token = Pick();
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(token));
                _log.Add($"splice {Show(token)} at {at}");
                break;
        }
    }

    private string Pick() => _random.Next(3) == 0 ? Common[_random.Next(Common.Count)] : tokens[_random.Next(tokens.Count)];

    private static string Show(string token) => Core.Text.VisibleText.Of(token.Length > 30 ? token[..30] + "…" : token);
}
