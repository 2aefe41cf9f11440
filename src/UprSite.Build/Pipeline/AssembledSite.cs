using UprSite.Build.Content;
using UprSite.Build.I18n;

namespace UprSite.Build.Pipeline;

/// <summary>The parsed site with the command line's settings applied (--base-url), and its UI strings.</summary>
public sealed record AssembledSite(ParsedSite Parsed, UiStrings Strings);
