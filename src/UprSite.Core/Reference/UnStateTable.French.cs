namespace UprSite.Core.Reference;

internal static partial class UnStateTable
{
    /// <summary>
    /// The article, gender and elision of each State's French short name, in the usage of UN French documents ("le
    /// Tchad", "la Chine", "l'Islande", "les Philippines", "Cuba"); codes as <see cref="FrenchGrammar.Parse"/> reads
    /// them. An aspirated h takes no elision (la Hongrie, le Honduras); Haïti's h is mute (d'Haïti).
    /// </summary>
    private static readonly Dictionary<string, string> FrenchCodes = new(StringComparer.Ordinal)
    {
        // African Group
        ["DZ"] = "f'", ["AO"] = "m'", ["BJ"] = "m", ["BW"] = "m", ["BF"] = "m", ["BI"] = "m", ["CV"] = "m", ["CM"] = "m",
        ["CF"] = "f", ["TD"] = "m", ["KM"] = "fp", ["CG"] = "m", ["CD"] = "f", ["CI"] = "f", ["DJ"] = "0", ["EG"] = "f'",
        ["GQ"] = "f", ["ER"] = "f'", ["SZ"] = "m'", ["ET"] = "f'", ["GA"] = "m", ["GM"] = "f", ["GH"] = "m", ["GN"] = "f",
        ["GW"] = "f", ["KE"] = "m", ["LS"] = "m", ["LR"] = "m", ["LY"] = "f", ["MG"] = "0", ["MW"] = "m", ["ML"] = "m",
        ["MR"] = "f", ["MU"] = "0f", ["MA"] = "m", ["MZ"] = "m", ["NA"] = "f", ["NE"] = "m", ["NG"] = "m", ["RW"] = "m",
        ["ST"] = "0", ["SN"] = "m", ["SC"] = "fp", ["SL"] = "f", ["SO"] = "f", ["ZA"] = "f'", ["SS"] = "m", ["SD"] = "m",
        ["TG"] = "m", ["TN"] = "f", ["UG"] = "m'", ["TZ"] = "f", ["ZM"] = "f", ["ZW"] = "m",

        // Asia-Pacific Group
        ["AF"] = "m'", ["BH"] = "0", ["BD"] = "m", ["BT"] = "m", ["BN"] = "m", ["KH"] = "m", ["CN"] = "f", ["CY"] = "0f",
        ["KP"] = "f", ["FJ"] = "fp", ["IN"] = "f'", ["ID"] = "f'", ["IR"] = "m'", ["IQ"] = "m'", ["JP"] = "m", ["JO"] = "f",
        ["KZ"] = "m", ["KI"] = "0", ["KW"] = "m", ["KG"] = "m", ["LA"] = "f", ["LB"] = "m", ["MY"] = "f", ["MV"] = "fp",
        ["MH"] = "fp'", ["FM"] = "f", ["MN"] = "f", ["MM"] = "m", ["NR"] = "0", ["NP"] = "m", ["OM"] = "0'", ["PK"] = "m",
        ["PW"] = "mp", ["PG"] = "f", ["PH"] = "fp", ["QA"] = "m", ["KR"] = "f", ["WS"] = "m", ["SA"] = "f'", ["SG"] = "0",
        ["SB"] = "fp'", ["LK"] = "m", ["SY"] = "f", ["TJ"] = "m", ["TH"] = "f", ["TL"] = "m", ["TO"] = "fp", ["TM"] = "m",
        ["TV"] = "0", ["AE"] = "mp'", ["UZ"] = "m'", ["VU"] = "m", ["VN"] = "m", ["YE"] = "m",

        // Eastern European Group
        ["AL"] = "f'", ["AM"] = "f'", ["AZ"] = "m'", ["BY"] = "m", ["BA"] = "f", ["BG"] = "f", ["HR"] = "f", ["CZ"] = "f",
        ["EE"] = "f'", ["GE"] = "f", ["HU"] = "f", ["LV"] = "f", ["LT"] = "f", ["ME"] = "m", ["MK"] = "f", ["PL"] = "f",
        ["MD"] = "f", ["RO"] = "f", ["RU"] = "f", ["RS"] = "f", ["SK"] = "f", ["SI"] = "f", ["UA"] = "f'",

        // Latin American and Caribbean Group
        ["AG"] = "0'", ["AR"] = "f'", ["BS"] = "fp", ["BB"] = "f", ["BZ"] = "m", ["BO"] = "f", ["BR"] = "m", ["CL"] = "m",
        ["CO"] = "f", ["CR"] = "m", ["CU"] = "0", ["DM"] = "f", ["DO"] = "f", ["EC"] = "m'", ["SV"] = "0'", ["GD"] = "f",
        ["GT"] = "m", ["GY"] = "m", ["HT"] = "0'", ["HN"] = "m", ["JM"] = "f", ["MX"] = "m", ["NI"] = "m", ["PA"] = "m",
        ["PY"] = "m", ["PE"] = "m", ["KN"] = "0", ["LC"] = "0f", ["VC"] = "0", ["SR"] = "m", ["TT"] = "0f", ["UY"] = "m'",
        ["VE"] = "m",

        // Western European and others Group
        ["AD"] = "f'", ["AU"] = "f'", ["AT"] = "f'", ["BE"] = "f", ["CA"] = "m", ["DK"] = "m", ["FI"] = "f", ["FR"] = "f",
        ["DE"] = "f'", ["GR"] = "f", ["IS"] = "f'", ["IE"] = "f'", ["IL"] = "0'", ["IT"] = "f'", ["LI"] = "m", ["LU"] = "m",
        ["MT"] = "0f", ["MC"] = "0", ["NL"] = "mp", ["NZ"] = "f", ["NO"] = "f", ["PT"] = "m", ["SM"] = "0", ["ES"] = "f'",
        ["SE"] = "f", ["CH"] = "f", ["TR"] = "f", ["GB"] = "m", ["US"] = "mp'",

        // Observer States
        ["VA"] = "m", ["PS"] = "m'",
    };

    private static FrenchGrammar FrenchOf(string alpha2) =>
        FrenchCodes.TryGetValue(alpha2, out var code)
            ? FrenchGrammar.Parse(code)
            : throw new InvalidOperationException($"the State table gives no French grammar for {alpha2}");
}
