using UprSite.Build.Content;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Import;
using UprSite.Import.Layouts.Implementation;

namespace UprSite.Build.Validation;

/// <summary>
/// Attaches each country's recommendation rows and implementation ratings, checking what spans files: ids unique across
/// files, ratings that point to a known id, declared totals against the rows; rows of one recommendation in two files are merged first (<see cref="SourceMerge"/>).
/// </summary>
public static class CountryDataValidator
{
    public static Country Attach(Country country, ParsedSite parsed, DiagnosticList diagnostics)
    {
        var files = SourceMerge.Merge(parsed.RecommendationFiles.Where(f => f.CountryCode == country.Code).ToList(), diagnostics);
        var rows = SessionDerivationStep.Apply(country, UniqueRows(files, diagnostics), diagnostics);
        var ratingFiles = parsed.ImplementationFiles.Where(f => f.CountryCode == country.Code).ToList();
        var ratings = KnownRatings(ratingFiles, rows, diagnostics);
        ParagraphRatingsCheck.Check(rows, ratings, ratingFiles.Count > 0 ? ratingFiles[0].IdColumn : 1, diagnostics);
        if (files.Count > 0)
        {
            DeclaredTotalsCheck.Check(country, rows, CountryFileBeside(files[0].File), diagnostics);
        }

        return country with { Recommendations = rows, Implementation = ratings, Pledges = [.. files.SelectMany(f => f.Pledges)] };
    }

    private static List<Recommendation> UniqueRows(List<RecommendationFile> files, DiagnosticList diagnostics)
    {
        var byId = new Dictionary<string, (Recommendation Row, RecommendationFile File)>(StringComparer.Ordinal);
        var rows = new List<Recommendation>();
        foreach (var file in files)
        {
            foreach (var row in file.Rows)
            {
                if (byId.TryGetValue(row.Id, out var first))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateRecommendationId,
                        $"id '{row.Id}' is also used by row {first.Row.Source.Row} of {first.Row.Source.File}; the same recommendation " +
                        "seems to be in two files — keep it in one, or give the rows different ids",
                        row.Source.File, row.Source.Row, file.IdColumn));
                    continue;
                }

                byId[row.Id] = (row, file);
                rows.Add(row);
            }
        }

        return rows;
    }

    private static List<ImplementationRating> KnownRatings(
        IEnumerable<ImplementationFile> files, List<Recommendation> rows, DiagnosticList diagnostics)
    {
        var ids = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var id in row.JoinedIds.Where(id => !ids.Contains(id)))
            {
                joined.TryAdd(id, row.Id);
            }
        }

        var rated = new Dictionary<string, ImplementationRating>(StringComparer.Ordinal);
        var ratings = new List<ImplementationRating>();
        foreach (var file in files)
        {
            foreach (var rating in file.Ratings)
            {
                if (joined.TryGetValue(rating.RecommendationId, out var standing))
                {
                    if (rated.TryAdd(rating.RecommendationId, rating))
                    {
                        ratings.Add(rating with { RecommendationId = standing });
                    }
                    else
                    {
                        Duplicate(rating, rated[rating.RecommendationId], file.IdColumn, diagnostics);
                    }
                }
                else if (!ids.Contains(rating.RecommendationId))
                {
                    var nearest = Core.Text.NearestName.Find(rating.RecommendationId, ids, 2);
                    var hint = nearest is null ? "copy the id from the recommendation rows (the explorer and recommendations.csv show it)" : $"did you mean '{nearest}'?";
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownRatedRecommendation,
                        $"no recommendation of this country has the id '{rating.RecommendationId}'; {hint}",
                        rating.Row.File, rating.Row.Row, file.IdColumn));
                }
                else if (rated.TryGetValue(rating.RecommendationId, out var first))
                {
                    Duplicate(rating, first, file.IdColumn, diagnostics);
                }
                else
                {
                    rated[rating.RecommendationId] = rating;
                    ratings.Add(rating);
                }
            }
        }

        return ratings;
    }

    private static void Duplicate(ImplementationRating rating, ImplementationRating first, int idColumn, DiagnosticList diagnostics) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateRating,
            $"'{rating.RecommendationId}' is already rated on row {first.Row.Row}; keep one rating per recommendation (the latest assessment)",
            rating.Row.File, rating.Row.Row, idColumn));

    private static string CountryFileBeside(string recommendationFile) =>
        recommendationFile[..recommendationFile.LastIndexOf("/recommendations/", StringComparison.Ordinal)] + "/country.yml";
}
