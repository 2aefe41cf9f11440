using UprSite.Build.Tests.Support;
using UprSite.TestSupport;

namespace UprSite.Build.Tests.I18n;

/// <summary>The right-to-left site of <see cref="ArabicSite"/>, written into a temporary input/ folder.</summary>
public static class ArabicFixture
{
    public static TestSite Create()
    {
        var site = new TestSite(withCountry: false);
        foreach (var (path, text) in ArabicSite.Files)
        {
            site.Write(path, text);
        }

        return site;
    }
}
