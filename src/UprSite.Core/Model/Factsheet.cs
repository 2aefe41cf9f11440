namespace UprSite.Core.Model;

/// <summary>One advocacy factsheet in one language; translations share the country and the slug.</summary>
public sealed record Factsheet(
    string CountryCode,
    string Slug,
    string Language,
    string Title,
    IReadOnlyList<string> Issues,
    int? Review,
    IReadOnlyList<int> Sdgs,
    Contact? Contact,
    DateOnly? Updated,
    RenderedMarkdown Body,
    SourceRef Source);
