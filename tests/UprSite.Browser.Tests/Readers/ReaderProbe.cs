using Microsoft.Playwright;

namespace UprSite.Browser.Tests.Readers;

/// <summary>Measurements of what a keyboard user reaches and what a Khmer reader's browser is told about other languages.</summary>
public static class ReaderProbe
{
    /// <summary>
    /// Every element in the tab order that no one can see: a link, button, field or summary (or anything with a
    /// tabindex of 0 or more) that is rendered but has no box, or sits inside a box clipped to a pixel (text kept for
    /// screen readers only). Excused: the skip link, which shows itself when focused. The first entry is "tabbable N".
    /// </summary>
    public static Task<string[]> InvisibleInTabOrderAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const candidates = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
          const hidden = [];
          let tabbable = 0;
          for (const el of candidates) {
            if (el.tabIndex < 0 || el.disabled || el.type === 'hidden' || el.getClientRects().length === 0) continue;
            if (el.closest('details:not([open])') && !el.matches('details > summary')) continue;
            tabbable++;
            if (el.classList.contains('skip-link')) continue;
            const box = el.getBoundingClientRect();
            let clipped = box.width < 1 || box.height < 1;
            for (let p = el; p && !clipped; p = p.parentElement) {
              if (getComputedStyle(p).clipPath !== 'none' && p.getBoundingClientRect().width <= 2) clipped = true;
            }
            if (clipped) hidden.push(`<${el.tagName.toLowerCase()}> "${el.textContent.trim().slice(0, 40)}" in ${el.parentElement.closest('[id]') ? '#' + el.parentElement.closest('[id]').id : 'the page'}`);
          }
          return [`tabbable ${tabbable}`, ...hidden];
        }
        """);

    /// <summary>
    /// Text of the explorer's table cells written in Latin letters (an untranslated theme name, an English
    /// recommendation) on a page of another script that no element marks with its language; document references excused.
    /// </summary>
    public static Task<string[]> UnmarkedLatinInExplorerAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const pageLang = document.documentElement.lang;
          const unmarked = [];
          const walker = document.createTreeWalker(document.getElementById('recommendations'), NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const el = node.parentElement;
            if (!el.closest('td') || el.closest('.reference') || !/[A-Za-z]{4,}/.test(node.nodeValue)) continue;
            if (el.closest('[lang]').lang === pageLang) unmarked.push(node.nodeValue.trim().slice(0, 60));
          }
          return unmarked;
        }
        """);
}
