using Microsoft.Playwright;

namespace UprSite.Browser.Tests.Phone;

/// <summary>Measurements taken inside a page as a phone shows it: what reaches past the screen, headings broken inside a word, charts.</summary>
public static class PhoneProbe
{
    /// <summary>Waits until every chart is drawn and the explorer has drawn its rows, then opens every chart's data table.</summary>
    public static async Task SettleAsync(IPage page)
    {
        await page.WaitForFunctionAsync("""
            () => document.querySelectorAll('.chart-canvas').length === document.querySelectorAll('.chart.has-chart').length
              && (!document.getElementById('explorer-filters') || document.querySelector('#recommendations[data-rendered]'))
            """, null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.EvaluateAsync("() => document.querySelectorAll('.chart-table-toggle[aria-expanded=false]').forEach(b => b.click())");
    }

    /// <summary>
    /// Every element whose box reaches past either side of the viewport, and the document when it scrolls sideways.
    /// Excused: what lies inside a container that scrolls sideways and shows that it does (the theme's edge shadows, a
    /// background gradient) while the container itself fits; text hidden for all but screen readers (clipped to a
    /// pixel); what is placed above the page on purpose (the skip link until focused); the inside of a chart's SVG.
    /// </summary>
    public static Task<string[]> WiderThanScreenAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const viewport = document.documentElement.clientWidth;
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          const visuallyHidden = el => {
            for (let p = el; p && p !== document.body; p = p.parentElement) {
              if (getComputedStyle(p).clipPath !== 'none' && p.getBoundingClientRect().width <= 2) return true;
            }
            return false;
          };
          // The nearest container that scrolls sideways: 'cued' when it shows a cue, else the container itself.
          const scroller = el => {
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              const style = getComputedStyle(p);
              if (['auto', 'scroll'].includes(style.overflowX)) return { box: p, cued: style.backgroundImage.includes('gradient') };
            }
            return null;
          };
          const problems = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
            const style = getComputedStyle(el);
            if (style.display === 'none' || style.visibility === 'hidden') continue;
            const box = el.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            if (box.right <= viewport + 1 && box.left >= -1) continue;
            if (box.bottom < 0 || visuallyHidden(el)) continue;
            const container = scroller(el);
            if (container && container.cued) {
              const outer = container.box.getBoundingClientRect();
              if (outer.right <= viewport + 1 && outer.left >= -1) continue;
            }
            problems.push(`${describe(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} px of a ${viewport} px screen`
              + (container && !container.cued ? ' inside a scrolling box that shows no cue' : ''));
          }
          if (document.documentElement.scrollWidth > viewport)
            problems.unshift(`the page is ${document.documentElement.scrollWidth} px wide on a ${viewport} px screen`);
          return problems;
        }
        """);

    /// <summary>
    /// Every table heading cell (th) shown on screen whose text breaks a word across two lines: each word (by the
    /// language's word rules, Intl.Segmenter, so Khmer words are found without spaces) must lie on one line.
    /// </summary>
    public static Task<string[]> HeadingsBrokenInsideAWordAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const broken = [];
          // Whether an element or one of its ancestors is clipped, kept per element: the cells of a table share theirs.
          const clipped = new Map();
          const isClipped = el => {
            if (!el) return false;
            if (!clipped.has(el)) clipped.set(el, getComputedStyle(el).clipPath !== 'none' || isClipped(el.parentElement));
            return clipped.get(el);
          };
          for (const th of document.querySelectorAll('th')) {
            if (th.getClientRects().length === 0) continue;
            if (isClipped(th)) continue;
            const words = new Intl.Segmenter(th.closest('[lang]').lang, { granularity: 'word' });
            const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              for (const word of words.segment(node.nodeValue)) {
                if (!word.isWordLike) continue;
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word.segment.length);
                const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (lines.size > 1) broken.push(`"${word.segment}" in the heading "${th.textContent.trim()}" runs over ${lines.size} lines`);
              }
            }
          }
          return broken;
        }
        """);

    /// <summary>
    /// Per drawn chart: its axis titles against the box of its SVG, and for horizontal bars the plot area's share of
    /// the width (at least <paramref name="plotShare"/>) and whether a category's name overlaps a bar. Returns one line
    /// per chart starting "ok" or "bad".
    /// </summary>
    public static Task<string[]> ChartsAsync(IPage page, double plotShare) => page.EvaluateAsync<string[]>("""
        minimum => Array.from(document.querySelectorAll('.chart-canvas')).map(canvas => {
          const id = canvas.getAttribute('data-chart');
          const figure = JSON.parse(document.getElementById(id).textContent);
          const horizontal = figure.layout.yaxis && figure.layout.yaxis.autorange === 'reversed';
          const svg = canvas.querySelector('svg.main-svg').getBoundingClientRect();
          const bad = [];
          const titles = Array.from(canvas.querySelectorAll('text.xtitle, text.ytitle')).filter(t => t.textContent.trim());
          for (const title of titles) {
            const b = title.getBoundingClientRect();
            if (b.left < svg.left - 0.5 || b.right > svg.right + 0.5 || b.top < svg.top - 0.5 || b.bottom > svg.bottom + 0.5)
              bad.push(`axis title "${title.textContent}" at ${Math.round(b.left)}..${Math.round(b.right)} outside the chart's ${Math.round(svg.left)}..${Math.round(svg.right)}`);
          }
          let share = 1;
          if (horizontal) {
            const plot = canvas.querySelector('.nsewdrag').getBoundingClientRect();
            share = plot.width / svg.width;
            if (share < minimum) bad.push(`plot area ${Math.round(plot.width)} px of ${Math.round(svg.width)} px`);
            const bars = Array.from(canvas.querySelectorAll('.trace.bars path')).map(p => p.getBoundingClientRect()).filter(b => b.width > 0);
            const labels = Array.from(canvas.querySelectorAll('.annotation-text-g, .ytick text')).map(t => ({ text: t.textContent, box: t.getBoundingClientRect() }));
            for (const label of labels) {
              for (const bar of bars) {
                const w = Math.min(label.box.right, bar.right) - Math.max(label.box.left, bar.left);
                const h = Math.min(label.box.bottom, bar.bottom) - Math.max(label.box.top, bar.top);
                if (w > 1 && h > 1) { bad.push(`the name "${label.text}" overlaps a bar`); break; }
              }
            }
          }
          const summary = `${id}: ${titles.length} axis title(s)` + (horizontal ? `, plot area ${Math.round(share * 100)} % of the width` : '');
          return (bad.length ? 'bad ' : 'ok ') + summary + (bad.length ? ': ' + bad.join('; ') : '');
        })
        """, plotShare);
}
