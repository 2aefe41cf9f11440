/*
 * UprSite explorer. Without JavaScript the page is one plain page of a hundred rows with links to the others. With it,
 * the explorer loads the filter codes of every row and the texts only of the rows it shows (explorer-data.js), then
 * filters and sorts (explorer-filters.js), draws a page of rows (explorer-rows.js), pages and exports the filtered rows
 * (explorer-csv.js) in the browser. Those four scripts are loaded before this one (layouts/explorer.html).
 */
(function () {
  'use strict';

  var form = document.getElementById('explorer-filters');
  var table = document.getElementById('recommendations');
  var site = window.UprSite;
  if (!form || !table || !table.tBodies.length || !window.fetch || !site || !site.explorerData || !site.explorerFilters
    || !site.explorerRows || !site.explorerCsv) {
    return;
  }

  var body = table.tBodies[0];
  var count = document.getElementById('explorer-count');
  var empty = document.getElementById('explorer-empty');
  var staticPager = document.getElementById('explorer-pager');
  var pager = document.getElementById('explorer-pager-live');
  var pageText = document.getElementById('explorer-page-live');
  var template = form.getAttribute('data-count-template') || '{shown} / {total}';
  var pageTemplate = form.getAttribute('data-page-template') || '{page} / {pages}';
  var pageOneRowTemplate = form.getAttribute('data-page-one-row-template') || pageTemplate;
  var digits = form.getAttribute('data-digits') || '0123456789';
  var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);

  var data = site.explorerData(form);
  var filters = site.explorerFilters(form, data);
  var rows = site.explorerRows(form, table, data);
  var csv = site.explorerCsv(form, data);
  var shown = [];
  var page = (+form.getAttribute('data-page') || 1) - 1;
  var generation = 0;

  function format(number) {
    return numbers.format(number).replace(/[0-9]/g, function (d) { return digits.charAt(+d); });
  }

  function pageSize() {
    return data.index.page;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / pageSize()));
    page = Math.min(Math.max(page, 0), pages - 1);
    var these = shown.slice(page * pageSize(), (page + 1) * pageSize());
    var mine = ++generation;
    // The rows are drawn at once from the index; their texts follow when their files have come.
    var complete = draw(these, pages, mine);
    return complete ? Promise.resolve() : data.loadTexts(these).then(function () {
      if (mine === generation) {
        draw(these, pages, mine);
      }
    });
  }

  function draw(these, pages, mine) {
    var fragment = document.createDocumentFragment();
    var complete = true;
    these.forEach(function (r) {
      complete = complete && !!data.text(r);
      fragment.appendChild(rows.rowElement(r));
    });
    body.textContent = '';
    body.appendChild(fragment);
    count.textContent = template.replace('{shown}', format(shown.length)).replace('{total}', format(data.index.n));
    empty.hidden = shown.length > 0;
    // Rows that fit on one page need no pager: the count above the table says how many there are.
    pager.hidden = pages <= 1;
    pageText.textContent = (these.length === 1 ? pageOneRowTemplate : pageTemplate).replace('{page}', format(page + 1))
      .replace('{pages}', format(pages)).replace('{first}', format(page * pageSize() + 1)).replace('{last}', format(page * pageSize() + these.length));
    pager.querySelector('[data-step="-1"]').disabled = page === 0;
    pager.querySelector('[data-step="1"]').disabled = page >= pages - 1;
    table.setAttribute('data-drawn', String(mine));
    if (complete) {
      table.setAttribute('data-rendered', String(mine));
    }
    return complete;
  }

  function apply(keepPage, initial) {
    return filters.apply().then(function (kept) {
      shown = kept;
      if (!keepPage) {
        page = 0;
      }
      filters.remember();
      if (initial) {
        // The page already shows these rows: draw them again only once their texts have come, so nothing flickers.
        return data.loadTexts(shown.slice(page * pageSize(), (page + 1) * pageSize())).then(render);
      }
      return render();
    });
  }

  var timer = 0;
  function start() {
    filters.search.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { apply(false); }, 150);
    });
    form.addEventListener('change', function (event) {
      if (event.target !== filters.search) {
        apply(false);
      }
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); apply(false); });
    form.addEventListener('reset', function () { window.setTimeout(function () { apply(false); }, 0); });
    document.getElementById('explorer-export').addEventListener('click', function () { csv.save(shown); });
    pager.addEventListener('click', function (event) {
      var step = event.target.getAttribute && event.target.getAttribute('data-step');
      if (step) {
        page += +step;
        render().then(function () { table.scrollIntoView({ block: 'start' }); });
      }
    });
    filters.restore();
    // Filters only take rows away: rows that fit on one page never need the pager.
    pager.hidden = staticPager.hidden;
    staticPager.hidden = true;
    form.hidden = false;
    // The filters stand open where there is room or when the address set some; on a phone they otherwise fold away
    // so the rows come first.
    var panel = document.getElementById('explorer-filter-panel');
    if (panel && (window.matchMedia('(min-width: 40rem)').matches || filters.any())) {
      panel.open = true;
    }
    apply(true, true);
  }

  // The page's own rows come first: the data loads once the page has loaded and painted a frame.
  function begin() {
    window.requestAnimationFrame(function () {
      window.setTimeout(function () {
        data.load().then(start, function () {
          // Without its data the page stays the plain page it was: its rows and links to the others.
        });
      }, 0);
    });
  }

  if (document.readyState === 'complete') {
    begin();
  } else {
    window.addEventListener('load', begin);
  }
})();
