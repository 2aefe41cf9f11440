using UprSite.Build.Compute;
using UprSite.Core.Model;

namespace UprSite.Build.Pages.Data;

/// <summary>One page of a country's data in one language: its data, its words, and links relative to it.</summary>
public sealed record CountryDataPage(Site Site, CountryData Data, Language Language, DataLabels Labels, ViewFactory Views)
{
    public Country Country => Data.Country;

    public string CountryName => Country.Name.Get(Language.Code, Site.Settings.DefaultLanguage.Code);

    public string Href(string path) => Views.Href(path);
}
