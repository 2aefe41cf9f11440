using UprSite.Core.Diagnostics;

namespace UprSite.Build.I18n;

/// <summary>What <see cref="TranslationCheck"/> found: per language, the files to write and the texts to add.</summary>
/// <param name="Content">Language code → factsheets and pages its readers see in another language (files to write).</param>
/// <param name="Texts">Language code → texts of site.yml and country.yml with no version in it.</param>
public sealed record TranslationGaps(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Content,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Texts,
    IReadOnlyList<Diagnostic> Diagnostics);
