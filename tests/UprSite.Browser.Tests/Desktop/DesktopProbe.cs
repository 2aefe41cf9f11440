using Microsoft.Playwright;

namespace UprSite.Browser.Tests.Desktop;

/// <summary>Measurements taken inside a page as a 1280 px desktop shows it.</summary>
public static class DesktopProbe
{
    /// <summary>
    /// Every element whose box reaches past its container's: the nearest ancestor that makes a box (display: contents
    /// makes none). Excused: what lies inside a container that scrolls or clips sideways, what is placed out of the flow
    /// (absolute, fixed), text hidden for all but screen readers (clipped to a pixel), the inside of a chart's SVG.
    /// </summary>
    public static Task<string[]> OverflowingTheirContainerAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          const hidden = el => {
            for (let p = el; p && p !== document.body; p = p.parentElement) {
              const s = getComputedStyle(p);
              if (s.clipPath !== 'none' && p.getBoundingClientRect().width <= 2) return true;
              if (s.position === 'absolute' || s.position === 'fixed') return true;
            }
            return false;
          };
          const problems = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
            const style = getComputedStyle(el);
            if (style.display === 'none' || style.display === 'contents' || style.visibility === 'hidden') continue;
            const box = el.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            let parent = el.parentElement;
            while (parent && parent !== document.body && getComputedStyle(parent).display === 'contents') parent = parent.parentElement;
            if (!parent || parent === document.body) continue;
            const ps = getComputedStyle(parent);
            if (['auto', 'scroll', 'hidden', 'clip'].includes(ps.overflowX)) continue;
            const outer = parent.getBoundingClientRect();
            if (box.left >= outer.left - 1 && box.right <= outer.right + 1) continue;
            if (hidden(el)) continue;
            problems.push(`${describe(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} px in ${describe(parent)} at ${Math.round(outer.left)}..${Math.round(outer.right)}`
              + ` ("${(el.textContent || '').trim().slice(0, 40)}")`);
          }
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
            problems.unshift(`the page is ${document.documentElement.scrollWidth} px wide`);
          return problems;
        }
        """);

    /// <summary>
    /// The explorer's layout: the recommendation column's share of the table's width; per row of the filter grid, the
    /// spread of the controls' bottom edges (px); the buttons' font family against the page's and their least height.
    /// </summary>
    public static Task<ExplorerLayout> ExplorerAsync(IPage page) => page.EvaluateAsync<ExplorerLayout>("""
        () => {
          const table = document.getElementById('recommendations');
          const text = table.tHead.rows[0].cells[2].getBoundingClientRect().width / table.getBoundingClientRect().width;
          const controls = Array.from(document.querySelectorAll('#explorer-filters .filter select, #explorer-filters .filter button'))
            .map(c => c.getBoundingClientRect());
          const rows = {};
          for (const c of controls) {
            // A row of the grid: controls whose tops lie within a control's height of each other.
            const key = Object.keys(rows).find(k => Math.abs(+k - c.bottom) < c.height) ?? String(c.bottom);
            (rows[key] = rows[key] || []).push(c.bottom);
          }
          const spread = Math.max(...Object.values(rows).map(r => Math.max(...r) - Math.min(...r)));
          const buttons = Array.from(document.querySelectorAll('#explorer-filters button'));
          const font = getComputedStyle(document.body).fontFamily;
          return { textShare: text, bottomSpread: spread, controls: controls.length,
            buttonsInPageFont: buttons.every(b => getComputedStyle(b).fontFamily === font), buttons: buttons.length,
            lowestButton: Math.min(...buttons.map(b => b.getBoundingClientRect().height)) };
        }
        """);

    /// <summary>
    /// For a page of one table per group (the countries and States indexes): how far apart, at most, the same
    /// column's heading starts from one table to the next (px), and how many tables there are.
    /// </summary>
    public static Task<double[]> ColumnDriftAsync(IPage page) => page.EvaluateAsync<double[]>("""
        () => {
          const tables = Array.from(document.querySelectorAll('main .data-table'));
          const starts = tables.map(t => Array.from(t.tHead.rows[0].cells, c => c.getBoundingClientRect().left));
          let drift = 0;
          for (let column = 0; column < starts[0].length; column++) {
            const lefts = starts.map(s => s[column]);
            drift = Math.max(drift, Math.max(...lefts) - Math.min(...lefts));
          }
          return [drift, tables.length];
        }
        """);

    /// <summary>Per drawn chart, the category names under its columns that run into their neighbour's (4 px apart at least).</summary>
    public static Task<string[]> TouchingTickLabelsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const problems = [];
          for (const canvas of document.querySelectorAll('.chart-canvas')) {
            const boxes = Array.from(canvas.querySelectorAll('.xtick text'))
              .map(t => ({ text: t.textContent, box: t.getBoundingClientRect() })).filter(t => t.box.width > 0)
              .sort((a, b) => a.box.left - b.box.left);
            for (let i = 1; i < boxes.length; i++) {
              const gap = boxes[i].box.left - boxes[i - 1].box.right;
              if (gap < 4) problems.push(`${canvas.getAttribute('data-chart')}: "${boxes[i - 1].text}" and "${boxes[i].text}" are ${Math.round(gap)} px apart`);
            }
          }
          return problems;
        }
        """);
}
