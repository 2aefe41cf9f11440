using Microsoft.Playwright;

namespace UprSite.Browser.Tests.Readers;

/// <summary>
/// The words of every drawn chart measured against each other: tick labels, axis titles, the legend and the names
/// written above horizontal bars. None may overlap another, and each lies inside its chart's SVG. An axis title keeps
/// a gap from the tick labels of its axis.
/// </summary>
public static class ChartOverlapProbe
{
    public sealed class Chart
    {
        public string Id { get; set; } = string.Empty;

        public int Ticks { get; set; }

        public int Titles { get; set; }

        public int Legends { get; set; }

        public string[] Problems { get; set; } = [];
    }

    public static Task<Chart[]> MeasureAsync(IPage page) => page.EvaluateAsync<Chart[]>("""
        () => Array.from(document.querySelectorAll('.chart-canvas')).map(canvas => {
          const id = canvas.getAttribute('data-chart');
          const svg = canvas.querySelector('svg.main-svg');
          if (!svg) return { id, ticks: 0, titles: 0, legends: 0, problems: ['not drawn'] };
          const frame = svg.getBoundingClientRect();
          const boxes = (kind, selector) => Array.from(canvas.querySelectorAll(selector))
            .filter(e => kind === 'legend' || e.textContent.trim())
            .map(e => ({ kind, axis: selector.includes('x') ? 'x' : 'y', name: `${kind} "${e.textContent.trim().slice(0, 40)}"`, box: e.getBoundingClientRect() }))
            .filter(x => x.box.width > 0 && x.box.height > 0);
          const ticks = boxes('tick', '.xtick text').concat(boxes('tick', '.ytick text'));
          const titles = boxes('title', 'text.xtitle').concat(boxes('title', 'text.ytitle'));
          const legends = boxes('legend', 'g.legend');
          const names = boxes('name', '.annotation-text-g');
          const all = [...ticks, ...titles, ...legends, ...names];
          const problems = [];
          const apart = (a, b, gap) => Math.min(a.right, b.right) - Math.max(a.left, b.left) <= -gap
            || Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) <= -gap;
          for (let i = 0; i < all.length; i++) {
            for (let j = i + 1; j < all.length; j++) {
              const a = all[i], b = all[j];
              if (a.kind === 'name' && b.kind === 'name') continue;
              // A title and the tick labels of its own axis keep at least a pixel between their boxes (the boxes
              // hold the text's line spacing, so the letters are further apart).
              const gap = a.kind !== b.kind && [a.kind, b.kind].includes('title') && [a.kind, b.kind].includes('tick') && a.axis === b.axis ? 1 : -0.5;
              if (!apart(a.box, b.box, gap)) problems.push(`${a.name} and ${b.name} overlap or touch`);
            }
          }
          for (const a of all) {
            const b = a.box;
            if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5)
              problems.push(`${a.name} lies outside the chart`);
          }
          return { id, ticks: ticks.length, titles: titles.length, legends: legends.length, problems };
        })
        """);
}
