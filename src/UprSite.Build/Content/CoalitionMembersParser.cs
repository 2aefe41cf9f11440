using UprSite.Build.Content.Yaml;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using YamlDotNet.RepresentationModel;

namespace UprSite.Build.Content;

/// <summary>
/// site.yml's <c>coalition.members</c>: each item a name written once (<c>- Sample Land Rights Network</c>) or a
/// mapping whose name and description are each written once or per language (<c>name: {en: …, fr: …}</c>).
/// </summary>
public static class CoalitionMembersParser
{
    private static readonly DiagnosticCode Code = DiagnosticCodes.InvalidSiteConfig;

    /// <param name="languages">The site's language codes: a name or description in another language is warned about (UPR0731).</param>
    public static IReadOnlyList<CoalitionMember> Parse(YamlMap coalition, IReadOnlyCollection<string> languages)
    {
        var items = coalition.Node("members") switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            var single => new List<YamlNode> { single },
        };
        var members = new List<CoalitionMember>();
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } name } when !string.IsNullOrWhiteSpace(name):
                    members.Add(new CoalitionMember(LocalizedText.Of("*", name.Trim()), LocalizedText.Empty));
                    break;
                case YamlMappingNode mapping:
                    var member = new YamlMap(mapping, coalition.Context);
                    member.RejectUnknownKeys(Code, KnownKeys.SiteCoalitionMember);
                    var text = member.Localized("name", Code, required: true);
                    if (!text.IsEmpty)
                    {
                        members.Add(new CoalitionMember(text, member.Localized("description", Code)));
                        WarnOtherLanguages(member, "name", languages);
                        WarnOtherLanguages(member, "description", languages);
                    }

                    break;
                default:
                    coalition.Context.Error(Code, "each item of 'members' should be an organisation's name, or 'name:' (and 'description:') lines, "
                        + "each a text or one text per language ({en: …, fr: …})", item.Start);
                    break;
            }
        }

        return members;
    }

    private static void WarnOtherLanguages(YamlMap member, string key, IReadOnlyCollection<string> languages)
    {
        if (member.Node(key) is not YamlMappingNode perLanguage)
        {
            return;
        }

        foreach (var language in perLanguage.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value is { } code && !languages.Contains(code)))
        {
            member.Context.Warning(DiagnosticCodes.MemberInUnknownLanguage,
                $"this member's {key} is given in '{language.Value}', which is not one of the site's languages ({string.Join(", ", languages)}), "
                + "so no page shows it; correct the language code or add the language to 'languages'", language.Start);
        }
    }
}
