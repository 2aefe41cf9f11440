using Microsoft.Playwright;

namespace UprSite.Browser.Tests.Support;

/// <summary>Measurements taken inside the page: what overflows its box, and Khmer text whose glyphs outgrow its lines.</summary>
public static class LayoutProbe
{
    /// <summary>
    /// Every element wider than its box (scrollWidth &gt; clientWidth) or reaching past the viewport, except inside
    /// containers that scroll or clip sideways (wide tables, visually hidden text) and inside SVG drawings; plus the
    /// document itself when it scrolls sideways.
    /// </summary>
    public static Task<string[]> OverflowsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const viewport = document.documentElement.clientWidth;
          const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          // A container that scrolls or clips sideways keeps its content from widening the page; it is checked itself.
          const contains = el => getComputedStyle(el).overflowX !== 'visible';
          // Each element's answer is its parent's (or the parent itself): kept, so no chain of ancestors is walked twice.
          const inside = new Map();
          const insideContainer = el => {
            const p = el.parentElement;
            if (!p || p === document.body) return false;
            if (!inside.has(p)) inside.set(p, contains(p) || insideContainer(p));
            return inside.get(p);
          };
          const problems = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
            const style = getComputedStyle(el);
            if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
            if (insideContainer(el)) continue;
            const box = el.getBoundingClientRect();
            if (box.width <= 2 && box.height <= 2) continue;
            // Placed off-screen on purpose (skip link, measuring elements): it widens nothing.
            if (rtl ? box.left > viewport : box.right < 0) continue;
            const scrolls = ['auto', 'scroll'].includes(style.overflowX);
            if (style.display !== 'inline' && !scrolls && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
              problems.push(`${describe(el)}: content ${el.scrollWidth}px wide in a ${el.clientWidth}px box`);
            if (box.right > viewport + 1 || box.left < -1)
              problems.push(`${describe(el)}: spans ${Math.round(box.left)}..${Math.round(box.right)}px of a ${viewport}px viewport`);
          }
          if (document.documentElement.scrollWidth > viewport)
            problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${viewport}px viewport`);
          return problems;
        }
        """);

    /// <summary>
    /// For every element with Khmer text of its own: the ink height of that text in the element's font (canvas
    /// measureText: tallest ascent plus deepest descent, stacked consonants included) against the element's line
    /// height. Ink taller than the line means stacked characters of one line run into the next.
    /// </summary>
    public static Task<KhmerLine[]> KhmerLinesAsync(IPage page) => page.EvaluateAsync<KhmerLine[]>("""
        () => {
          const context = document.createElement('canvas').getContext('2d');
          const seen = new Set();
          const lines = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode.nodeValue.trim();
            const el = walker.currentNode.parentElement;
            if (!/[\u1780-\u17FF]/.test(text) || seen.has(el)) continue;
            seen.add(el);
            const style = getComputedStyle(el);
            if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
            context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const m = context.measureText(text);
            const fontSize = parseFloat(style.fontSize);
            const lineHeight = style.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(style.lineHeight);
            lines.push({ element: el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''),
              text: text.slice(0, 40), ink: m.actualBoundingBoxAscent + m.actualBoundingBoxDescent, lineHeight, fontSize });
          }
          return lines;
        }
        """);

    public sealed class KhmerLine
    {
        public string Element { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;

        public double Ink { get; set; }

        public double LineHeight { get; set; }

        public double FontSize { get; set; }
    }
}
