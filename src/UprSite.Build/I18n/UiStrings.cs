namespace UprSite.Build.I18n;

/// <summary>The UI strings as parsed from i18n/&lt;language&gt;.yml (input/ over the theme's).</summary>
/// <param name="Folder">Where a translator adds a missing string (input/i18n), for the warning's text.</param>
public sealed record UiStrings(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage, string DefaultLanguage, string Folder);
