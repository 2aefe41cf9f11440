namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>A top-level "( … )" of a text: the index of its opening and closing bracket; nested brackets stay inside.</summary>
public readonly record struct BracketGroup(int Open, int Close)
{
    public string Content(string text) => text[(Open + 1)..Close];

    /// <summary>Every top-level group whose brackets balance; an unbalanced bracket is left as text.</summary>
    public static List<BracketGroup> Find(string text)
    {
        var groups = new List<BracketGroup>();
        var depth = 0;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                if (depth++ == 0)
                {
                    open = i;
                }
            }
            else if (text[i] == ')' && depth > 0 && --depth == 0)
            {
                groups.Add(new BracketGroup(open, i));
            }
        }

        return groups;
    }
}
