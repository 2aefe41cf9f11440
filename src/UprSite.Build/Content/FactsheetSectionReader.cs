using Markdig.Renderers.Html;
using Markdig.Syntax;
using UprSite.Build.Markdown;
using UprSite.Core.Factsheets;

namespace UprSite.Build.Content;

/// <summary>
/// Splits a factsheet's Markdown into context, questions and recommendations by walking its top-level blocks. A part
/// opens at a heading named as in <see cref="FactsheetHeadings"/> or carrying the id {#questions} / {#recommendations},
/// and runs to the next heading of the same or a higher level. Part headings get their stable ids and the items of
/// each part's first list get item ids (#question-1, #recommendation-2), in the whole document too. The model gets
/// the parts as text with positions; the blocks stay Markdown for Render.
/// </summary>
public sealed class FactsheetSectionReader(FactsheetHeadings headings)
{
    private enum PartKind
    {
        None,
        Questions,
        Recommendations,
    }

    /// <summary>Marks ids in <paramref name="document"/>, so call this before rendering the whole body.</summary>
    /// <param name="firstLine">The file line the Markdown starts on.</param>
    public (FactsheetSections Sections, FactsheetMarkdown Blocks) Read(MarkdownDocument document, int firstLine)
    {
        var context = new List<Block>();
        var more = new List<Block>();
        var parts = new Dictionary<PartKind, (HeadingBlock Heading, List<Block> Blocks)>();
        (HeadingBlock Heading, List<Block> Blocks)? open = null;
        var seenPart = false;

        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                var kind = KindOf(heading);
                if (kind != PartKind.None && !parts.ContainsKey(kind))
                {
                    heading.GetAttributes().Id = kind == PartKind.Questions ? FactsheetSections.QuestionsId : FactsheetSections.RecommendationsId;
                    open = (heading, []);
                    parts[kind] = open.Value;
                    seenPart = true;
                    continue;
                }

                if (open is { } current && heading.Level <= current.Heading.Level)
                {
                    open = null;
                }
            }

            (open?.Blocks ?? (seenPart ? more : context)).Add(block);
        }

        var questions = parts.TryGetValue(PartKind.Questions, out var q) ? Part(q.Heading, q.Blocks, FactsheetSections.QuestionAnchor, firstLine) : default;
        var recommendations = parts.TryGetValue(PartKind.Recommendations, out var r) ? Part(r.Heading, r.Blocks, FactsheetSections.RecommendationAnchor, firstLine) : default;
        return (new FactsheetSections(questions.Part, recommendations.Part),
            new FactsheetMarkdown(document, context, questions.Blocks, recommendations.Blocks, more));
    }

    private PartKind KindOf(HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        var text = HeadingText(heading);
        if (id == FactsheetSections.QuestionsId || headings.IsQuestions(text))
        {
            return PartKind.Questions;
        }

        return id == FactsheetSections.RecommendationsId || headings.IsRecommendations(text) ? PartKind.Recommendations : PartKind.None;
    }

    private static (FactsheetPart? Part, FactsheetPartMarkdown? Blocks) Part(HeadingBlock heading, List<Block> blocks, Func<int, string> anchor, int firstLine)
    {
        var listAt = blocks.FindIndex(b => b is ListBlock);
        if (listAt < 0)
        {
            return (new FactsheetPart(HeadingText(heading), heading.Line + firstLine, []), new FactsheetPartMarkdown(blocks, [], true, []));
        }

        var list = (ListBlock)blocks[listAt];
        var items = new List<FactsheetItem>();
        var itemBlocks = list.OfType<ListItemBlock>().ToList();
        foreach (var item in itemBlocks)
        {
            var number = items.Count + 1;
            item.GetAttributes().Id = anchor(number);
            var first = item.FirstOrDefault() ?? item;
            items.Add(new FactsheetItem(number, MarkdownText.Of(item), first.Line + firstLine, first.Column + 1));
        }

        return (new FactsheetPart(HeadingText(heading), heading.Line + firstLine, items),
            new FactsheetPartMarkdown(blocks.Take(listAt).ToList(), itemBlocks, !list.IsLoose, blocks.Skip(listAt + 1).ToList()));
    }

    private static string HeadingText(HeadingBlock heading) => MarkdownText.Of(heading);
}
