using System.Runtime.CompilerServices;

namespace UprSite.Core.Recommendations;

/// <summary>
/// The verb phrases of McMahon's scale (DESIGN §4) that open recommendations, looked up by their first word. Beside the
/// verbs the scale names, each verb found at the head of rows of UPR Info's export of sessions 6–9 is placed where UPR
/// Info's own coding puts it most often.
/// </summary>
internal static class ActionVerbs
{
    private const string Minimal =
        "ask|call for|call on|call upon|recommend|request|seek|share|solicit";

    private const string Continuing =
        "carry on|continue|keep|maintain|persevere|persist|prolong|pursue|remain|sustain";

    private const string Considering =
        "analyse|analyze|assess|consider|debate|envisage|envision|evaluate|examine|explore|look into|reconsider|" +
        "reflect on|reflect upon|review|revise|study";

    private const string General =
        "abide|accelerate|accomplish|accord|achieve|act|address|adjust|advance|alleviate|attempt|avoid|base|bear|" +
        "begin|bolster|boost|broaden|build|cease|channel|clarify|collaborate|combat|combine|commit|communicate|" +
        "compensate|comply|condemn|conform|consolidate|consult|contribute|cooperate|coordinate|counter|curb|deal|" +
        "deepen|demonstrate|deploy|devise|devote|direct|disseminate|distribute|do everything|do its best|" +
        "do its utmost|do more|do their utmost|draw up|educate|embark|employ|empower|enable|encourage|end|" +
        "endeavor|endeavour|engage|engage with|enhance|ensure|exert|expand|expedite|express|facilitate|fight|find|" +
        "focus|follow|forbid|foster|fulfil|fulfill|give|guarantee|hasten|heed|identify|improve|increase|inform|" +
        "insist|institute|intensify|invest|involve|look for|mainstream|make|make efforts|mobilise|mobilize|" +
        "monitor|move|observe|organise|organize|overcome|participate|pave|pay|permit|place|prevent|prioritise|" +
        "prioritize|promote|protect|provide|push|put|put in place|put into place|raise awareness|reach|reaffirm|" +
        "realise|realize|recognise|recognize|redouble|redress|reduce|refrain|regulate|reinforce|reinvigorate|" +
        "relaunch|renew|resolve|respect|revive|safeguard|scale up|search|secure|sensitise|sensitize|show|simplify|" +
        "soften|spare no|speed up|spread|step up|stimulate|stop|strengthen|strive|supervise|support|suppress|" +
        "tackle|take|take action|take all necessary|take concrete|take effective|take measures|take steps|tighten|" +
        "toughen|treat|unite|update|upgrade|uphold|urge|use|widen|work";

    private const string Specific =
        "abandon|abolish|abrogate|accede|accept|accompany|accredit|adapt|add|adhere|adopt|agree|align|allocate|" +
        "allow|amend|announce|apply|appoint|approve|arrest|assign|authorise|authorize|ban|become|bring|cancel|" +
        "carry out|charge|close|codify|collect|commit itself|commit to|commute|complete|conclude|conduct|consent|" +
        "construct|create|criminalise|criminalize|declare|declassify|decree|decriminalise|decriminalize|dedicate|" +
        "define|demand|denounce|deny|deposit|derogate|design|designate|destroy|develop|disband|discontinue|" +
        "dismantle|draft|drop|earmark|elaborate|eliminate|enact|encode|endorse|enforce|enshrine|" +
        "ensure the ratification|equip|eradicate|establish|extend|extend a standing invitation|extradite|finalise|" +
        "finalize|finance|formulate|free|fund|gather|generate|grant|guarantee by law|halt|harmonise|harmonize|" +
        "hold|host|implement|impose|include|incorporate|initiate|install|instigate|integrate|introduce|" +
        "investigate|invite|issue|issue a standing invitation|join|launch|legislate|lift|lower|make a declaration|" +
        "make the declaration|mandate|meet|modify|nominate|offer|open|outlaw|pass|prepare|present|proceed|" +
        "professionalise|professionalize|prohibit|promulgate|prosecute|provide for|publicise|publicize|publish|" +
        "punish|raise|ratify|recognise the competence|recognize the competence|record|reform|register|reinstate|" +
        "release|remove|renounce|repeal|replace|reply|report|rescind|respond|restart|restore|resume|return|revoke|" +
        "sanction|separate|set|set out|set up|shut down|sign|start|submit|substantiate|suspend|tailor|train|" +
        "transfer|transform|translate|undertake|unify|waive|withdraw";

    // Phrases by their first word, longer phrases first, so that "take measures" is tried before "take". A lookup by
    // the opening word keeps classifying a 40,000-row export from comparing every row with every phrase.
    private static readonly Dictionary<string, ActionPhrase[]> ByFirstWord = new[]
        {
            (Minimal, ActionCategory.Minimal), (Continuing, ActionCategory.Continuing), (Considering, ActionCategory.Considering),
            (General, ActionCategory.General), (Specific, ActionCategory.Specific),
        }
        .SelectMany(list => list.Item1.Split('|').Select(phrase => new ActionPhrase(phrase, list.Item2)))
        .GroupBy(p => p.Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, ActionPhrase[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    // Past participles that are not the verb plus "-ed", for "That steps be taken".
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["taken"] = "take", ["made"] = "make", ["given"] = "give", ["undertaken"] = "undertake", ["brought"] = "bring",
        ["set"] = "set", ["put"] = "put", ["held"] = "hold", ["withdrawn"] = "withdraw", ["built"] = "build", ["paid"] = "pay",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup =
        Irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The phrase at <paramref name="at"/>, its first word as written or in the third person ("adopts", "reaches",
    /// "ratifies"); null when none. "-ing" forms are left alone: an opening gerund stands in a clause before the verb.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ActionPhrase? At(RecommendationOpening words, int at)
    {
        var word = words[at];
        if (word.IsEmpty)
        {
            return null;
        }

        return Find(words, at, word)
            ?? (word.Length > 3 && word[^1] == 's'
                ? Find(words, at, word[..^1]) ?? (word[^2] == 'e' ? Find(words, at, word[..^2]) ?? (word[^3] == 'i' ? WithY(words, at, word[..^3]) : null) : null)
                : null);
    }

    /// <summary>The phrase whose verb is the past participle at <paramref name="at"/> ("revised", "ratified", "taken").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ActionPhrase? ParticipleAt(RecommendationOpening words, int at)
    {
        var word = words[at];
        var irregular = IrregularLookup.TryGetValue(word, out var verb);
        if (!irregular && !(word.Length > 3 && word.EndsWith("ed")))
        {
            return null;
        }

        return (irregular ? Find(words, at, verb) : null)
            ?? Find(words, at, word[..^1]) ?? Find(words, at, word[..^2])
            ?? (word.Length > 3 ? WithY(words, at, word[..^3]) ?? Find(words, at, word[..^3]) : null);
    }

    /// <summary>The phrase whose verb is <paramref name="stem"/> + "y" ("ratifi" → "ratify").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ActionPhrase? WithY(RecommendationOpening words, int at, ReadOnlySpan<char> stem)
    {
        Span<char> form = stackalloc char[stem.Length + 1];
        stem.CopyTo(form);
        form[^1] = 'y';
        return Find(words, at, form);
    }

    /// <summary>The longest phrase that opens with <paramref name="first"/> and goes on with the words after <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ActionPhrase? Find(RecommendationOpening words, int at, ReadOnlySpan<char> first)
    {
        if (!Lookup.TryGetValue(first, out var candidates))
        {
            return null;
        }

        foreach (var phrase in candidates)
        {
            var matches = at + phrase.Words.Length <= words.Count;
            for (var k = 1; matches && k < phrase.Words.Length; k++)
            {
                matches = words.Is(at + k, phrase.Words[k]);
            }

            if (matches)
            {
                return phrase;
            }
        }

        return null;
    }
}
