namespace UprSite.Browser.Tests.Safety;

/// <summary>
/// Script-injection vectors written for this project. Each one that ran would call <c>__xss(n)</c> (in a frame,
/// <c>alert(n)</c>), which the test observes. <see cref="Text"/> goes into every text field (YAML, CSV, UI strings,
/// Markdown); <see cref="Markdown"/> only into Markdown bodies; <see cref="RefusedLinks"/> are links the build
/// refuses with UPR0211, so a site that holds them does not build (the test opens what it rendered anyway).
/// </summary>
public static class PayloadCorpus
{
    /// <summary>A template expression: shown as written, never evaluated (1234 * 5 would print 6170).</summary>
    public const string Template = "{{ 1234 * 5 }}{{ include 'baseof' }}";

    public static IReadOnlyList<string> Text { get; } =
    [
        "<script>__xss(1)</script>",
        "<img src=x onerror=__xss(2)>",
        "<svg><animate onbegin=__xss(3) attributeName=x dur=1s>",
        "<iframe src=\"javascript:alert(4)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(5)</script>\"></iframe>",
        "<math><mtext><table><mglyph><style><img src=x onerror=__xss(6)>",
        "<svg><script>__xss(7)</script></svg>",
        "<body onload=__xss(8)>",
        "<details open ontoggle=__xss(9)>x</details>",
        "<input autofocus onfocus=__xss(10)>",
        "<video><source onerror=__xss(11)></video>",
        "<object data=\"javascript:__xss(12)\"></object>",
        "<embed src=\"data:text/html,<script>alert(13)</script>\">",
        "\"><script>__xss(14)</script>",
        "' onmouseover='__xss(15)' x='",
        "</title><script>__xss(16)</script>",
        "</script><script>__xss(17)</script>",
        "<style onload=__xss(18)>b{}</style>",
        "<marquee onstart=__xss(19)>x</marquee>",
        "<a href=\"javascript:__xss(20)\">a</a>",
        "<form><button formaction=\"javascript:__xss(21)\">b</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__xss(22)\">",
        "<noscript><p title=\"</noscript><img src=x onerror=__xss(23)>\">",
        "<svg><foreignObject><img src=x onerror=__xss(24)></foreignObject></svg>",
        "<img src=x onerror=\"&#95;&#95;xss(25)\">",
        "<IMG SRC=x OnErRoR=__xss(26)>",
        "<img/src=x/onerror=__xss(27)>",
        "<svg/onload=__xss(28)>",
        "<base href=\"javascript:__xss(29)//\">",
        "<xmp><img src=x onerror=__xss(30)></xmp>",
        "<img src=x onerror=__xss(31)//",
        "<a id=x tabindex=1 onfocusin=__xss(32) autofocus>f</a>",
        "<svg><a xlink:href=\"javascript:__xss(33)\"><text y=20>s</text></a></svg>",
        "<audio src=x onerror=__xss(34)>",
        "<p onpointerover=__xss(35) onmouseover=__xss(35)>hover</p>",
        "<sup onclick=__xss(36)>1</sup><abbr title=\"\" onmouseover=__xss(36)>A</abbr>",
        "<select autofocus onfocus=__xss(37)></select>",
        "<textarea autofocus onfocus=__xss(38)></textarea>",
        "javascript:__xss(39)",
        "<script src=\"data:text/javascript,__xss(40)\"></script>",
        "<link rel=stylesheet href=\"javascript:__xss(41)\">",
        "${__xss(42)}`;__xss(42);`",
        Template,
    ];

    public static IReadOnlyList<string> Markdown { get; } =
    [
        "## Heading {#h1 onclick=__xss(101) onmouseover=__xss(101)}",
        "[styled](https://example.org/){onmouseover=__xss(102) style=\"x\"}",
        "```\"><script>__xss(103)</script>\ncode <img src=x onerror=__xss(103)>\n```",
        "Math $<img src=x onerror=__xss(104)>$ here",
        "[titled](https://example.org/ \"\\\"><script>__xss(105)</script>\")",
        "![video](https://www.youtube.com/watch?v=x\"><script>__xss(106)</script>)",
        "*[UPR]: <img src=x onerror=__xss(107)>\n\nThe UPR process.",
        "Note[^n].\n\n[^n]: <img src=x onerror=__xss(108)>",
        "::: <script>__xss(109)</script>\ncontainer\n:::",
        "| a |\n|---|\n| <img src=x onerror=__xss(110)> |",
        "<div>\n<img src=x onerror=__xss(111)>\n<script>__xss(111)</script>\n</div>",
        "<svg>\n<animate onbegin=__xss(112) attributeName=x dur=1s />\n</svg>",
        "<https://example.org/\"onmouseover=\"__xss(113)>",
        "Line<br onmouseover=__xss(114)>break, H<sub>2</sub>O, <abbr title=\"x\">UPR</abbr>",
        "<!-- <img src=x onerror=__xss(115)> -->",
        "<b>unclosed <i onmouseover=__xss(116)>",
        "- [ ] task <img src=x onerror=__xss(117)>",
        "Term\n:   <img src=x onerror=__xss(118)>",
    ];

    public static IReadOnlyList<string> RefusedLinks { get; } =
    [
        "[a](javascript:__xss(201))",
        "[b](&#106;avascript:__xss(202))",
        "[c](JaVaScRiPt:__xss(203))",
        "[d](<java\tscript:__xss(204)>)",
        "[e](javas&#99;ript:__xss(205))",
        "[f](<&#32;javascript:__xss(206)>)",
        "![g](javascript:__xss(207))",
        "[h](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoMjA4KTwvc2NyaXB0Pg==)",
        "<javascript:__xss(209)>",
        "[i][ref]\n\n[ref]: javascript:__xss(210)",
        "[j](vbscript:__xss(211))",
        "[k](&#x6A;&#x61;vascript&#x3A;__xss(212))",
        "[l](java&#10;script:__xss(213))",
    ];

    public static string AllText => string.Join(" ", Text);
}
