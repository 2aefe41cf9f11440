using UprSite.Build.Compute;
using UprSite.Core.Model;
using UprSite.Core.Text;

namespace UprSite.Build.Pages.Data;

/// <summary>One page of a country's data in one language: its data, its words, and links relative to it.</summary>
public sealed record CountryDataPage(Site Site, CountryData Data, Language Language, DataLabels Labels, ViewFactory Views)
{
    public Country Country => Data.Country;

    public string CountryName => Country.Name.Get(Language.Code, Site.Settings.DefaultLanguage.Code);

    /// <summary>{country}, {of_country}, {to_country}, {by_country}, {the_country}, {The_country} for a sentence.</summary>
    public (string Name, string Value)[] CountryPlaceholders => CountryForms.Placeholders("country");

    /// <summary>The country's name in every form its sentences put it, and whether it takes a plural verb.</summary>
    public PlaceNameForms CountryForms => Labels.CountryForms(Country, CountryName);

    public string Href(string path) => Views.Href(path);
}
