using UprSite.Build.Pages;
using UprSite.Core.Urls;

namespace UprSite.Build.Output;

/// <summary>
/// PostProcess: what is made from the whole output once every page and PDF is in it: sitemap.xml (the pages that
/// exist; an index of child sitemaps past 50,000 URLs), robots.txt and _redirects unless input/ has its own. Assets already carry their hashed names
/// (<see cref="AssetPlan"/>, before Render), so nothing written is patched here.
/// </summary>
public static class PostProcess
{
    public static OutputSet Run(RenderedSite rendered, Core.Model.Site site)
    {
        var output = rendered.Output;
        foreach (var (path, content) in Sitemap.Files(site, rendered.Pages))
        {
            output.Add(path, new OutputFile(content));
        }

        if (!output.Contains(SitePaths.Robots))
        {
            output.Add(SitePaths.Robots, new OutputFile(Robots.Write(site.Settings.BaseUrl)));
        }

        var ownRedirects = output.Files.GetValueOrDefault(LanguageRedirects.FileName)?.Content;
        output.Add(LanguageRedirects.FileName, new OutputFile(LanguageRedirects.Write(site.Settings, ownRedirects)));
        return output;
    }
}
