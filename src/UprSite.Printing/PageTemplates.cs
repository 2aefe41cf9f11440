namespace UprSite.Printing;

/// <summary>
/// The running header and footer Chromium draws in the margins of every PDF page, rendered from the theme's
/// partials/pdf-header.html and partials/pdf-footer.html (<see cref="PageTemplateRenderer"/>).
/// </summary>
public sealed record PageTemplates(string Header, string Footer);
