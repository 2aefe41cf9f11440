using Microsoft.Playwright;

namespace UprSite.Browser.Tests.Readers;

/// <summary>
/// Where a Khmer page breaks a State's name across lines. A name may break only at a space it holds: the browser's
/// dictionary does not know transliterated names and would break "អាស៊ែបៃហ្សង់" after "អា". A name is found in the
/// text of the smallest element holding it whole, across the spans inside it.
/// </summary>
public static class KhmerNameProbe
{
    public sealed class Finding
    {
        public int Checked { get; set; }

        public int WithSpace { get; set; }

        public string[] Broken { get; set; } = [];
    }

    public static Task<Finding> BrokenNamesAsync(IPage page, IReadOnlyList<string> names) => page.EvaluateAsync<Finding>("""
        names => {
          const result = { checked: 0, withSpace: 0, broken: [] };
          const holders = new Set();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const el = walker.currentNode.parentElement;
            if (el && el.getClientRects().length && !el.closest('svg, script, [aria-hidden=true]')) holders.add(el);
          }
          const visible = el => { for (let p = el; p; p = p.parentElement) if (getComputedStyle(p).clipPath !== 'none') return false; return true; };
          const seen = new Set();
          for (const start of holders) {
            for (let el = start; el && el !== document.body; el = el.parentElement) {
              if (seen.has(el)) break;
              seen.add(el);
              const nodes = [];
              const inner = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              let text = '';
              while (inner.nextNode()) { nodes.push({ node: inner.currentNode, at: text.length }); text += inner.currentNode.nodeValue; }
              if (text.length > 400 || !visible(el)) break;
              for (const name of names) {
                for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
                  // Only the smallest holder: a child holding the whole name is measured on its own.
                  if (Array.from(el.children).some(c => c.textContent.includes(name))) continue;
                  result.checked++;
                  if (name.includes(' ')) result.withSpace++;
                  let top = null;
                  for (let i = at; i < at + name.length; i++) {
                    const piece = nodes.filter(n => n.at <= i).pop();
                    const range = document.createRange();
                    range.setStart(piece.node, i - piece.at);
                    range.setEnd(piece.node, i - piece.at + 1);
                    const box = Array.from(range.getClientRects()).find(r => r.width > 0);
                    if (!box) continue;
                    if (top !== null && box.top > top + 4 && text[i] !== ' ' && text[i - 1] !== ' ') {
                      result.broken.push(`"${name}" breaks after "${text.slice(at, i)}" in <${el.tagName.toLowerCase()}>`);
                      break;
                    }
                    top = box.top;
                  }
                }
              }
            }
          }
          return result;
        }
        """, names);
}
