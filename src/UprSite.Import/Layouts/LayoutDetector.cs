using UprSite.Import.Layouts.Canonical;
using UprSite.Import.Layouts.DihrExplorer;
using UprSite.Import.Layouts.Uhri;
using UprSite.Import.Layouts.UprInfo;

namespace UprSite.Import.Layouts;

/// <summary>Finds the layout of a file by its header: a recognised export layout first, else the canonical one.</summary>
public static class LayoutDetector
{
    public static IRecommendationLayout Detect(IReadOnlyList<string> header)
    {
        IRecommendationLayout[] layouts = [new UprInfoLayout(), new DihrExplorerLayout(), new UhriLayout(), new CanonicalLayout()];
        return layouts.First(l => l.Recognises(header));
    }
}
