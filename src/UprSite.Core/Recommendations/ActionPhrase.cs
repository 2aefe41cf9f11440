namespace UprSite.Core.Recommendations;

/// <summary>A verb phrase of McMahon's scale ("take measures"), lower case, and the category it gives.</summary>
internal sealed class ActionPhrase(string text, ActionCategory category)
{
    public string Text { get; } = text;

    public string[] Words { get; } = text.Split(' ');

    public ActionCategory Category { get; } = category;
}
