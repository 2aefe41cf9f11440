/*
 * UprSite explorer. Without JavaScript the page is one plain page of a hundred rows with links to the others. This
 * script loads the filter codes of every row (index.json: short keys, numbers pointing into each filter's values) and
 * the texts only of the rows it shows (text-N.json, 1,000 rows each), then filters, sorts, pages and exports in the
 * browser. Labels come from the page's own selects, so the data files are the same in every language. Filters are
 * kept in the address (?state=france&q=land) so a filtered view can be shared.
 */
(function () {
  'use strict';

  var form = document.getElementById('explorer-filters');
  var table = document.getElementById('recommendations');
  if (!form || !table || !table.tBodies.length || !window.fetch) {
    return;
  }

  var body = table.tBodies[0];
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var sortSelect = document.getElementById('explorer-sort');
  var search = form.querySelector('input[name="q"]');
  var count = document.getElementById('explorer-count');
  var empty = document.getElementById('explorer-empty');
  var staticPager = document.getElementById('explorer-pager');
  var pager = document.getElementById('explorer-pager-live');
  var pageText = document.getElementById('explorer-page-live');
  var template = form.getAttribute('data-count-template') || '{shown} / {total}';
  var pageTemplate = form.getAttribute('data-page-template') || '{page} / {pages}';
  var stateHref = form.getAttribute('data-state-href');
  var textHref = form.getAttribute('data-text');
  var digits = form.getAttribute('data-digits') || '0123456789';
  var separator = form.getAttribute('data-separator') || ', ';
  var lang = document.documentElement.lang || undefined;
  var numbers = new Intl.NumberFormat(lang);
  var collator = new Intl.Collator(lang);

  var index = null;
  var texts = {};
  var shown = [];
  var page = (+form.getAttribute('data-page') || 1) - 1;
  var labels = {};
  var columns = {};
  var generation = 0;

  function format(number) {
    return numbers.format(number).replace(/[0-9]/g, function (d) { return digits.charAt(+d); });
  }

  function normalise(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function getJson(href) {
    return fetch(href).then(function (response) {
      if (!response.ok) {
        throw new Error(href + ': ' + response.status);
      }
      return response.json();
    });
  }

  // Each filter's labels by value index, read from its select's options (data-label).
  function readLabels() {
    index.f.forEach(function (filter, column) {
      columns[filter.k] = column;
      var select = document.getElementById('filter-' + filter.k);
      var byValue = {};
      if (select) {
        Array.prototype.forEach.call(select.options, function (o) { byValue[o.value] = o.getAttribute('data-label') || o.text; });
      }
      labels[filter.k] = filter.v.map(function (v) { return byValue[v] || v; });
    });
  }

  function label(name, code) {
    return code < 0 ? '' : labels[name][code];
  }

  function loadTexts(rows) {
    var wanted = {};
    rows.forEach(function (r) {
      var shard = Math.floor(r / index.shard);
      if (!texts[shard]) {
        wanted[shard] = true;
      }
    });
    return Promise.all(Object.keys(wanted).map(function (shard) {
      return getJson(textHref.replace(/text-1\.json$/, 'text-' + (+shard + 1) + '.json'))
        .then(function (list) { texts[shard] = list; });
    }));
  }

  function text(r) {
    var shard = texts[Math.floor(r / index.shard)];
    return shard && shard[r % index.shard];
  }

  function selected() {
    return selects.filter(function (s) { return s.value; }).map(function (s) {
      var name = s.getAttribute('data-filter');
      return { name: name, column: columns[name], code: index.f[columns[name]].v.indexOf(s.value), multiple: index.f[columns[name]].m };
    });
  }

  function matches(codes, filters) {
    for (var f = 0; f < filters.length; f++) {
      var value = codes[filters[f].column];
      if (filters[f].multiple ? value.indexOf(filters[f].code) < 0 : value !== filters[f].code) {
        return false;
      }
    }
    return true;
  }

  function sortRows(rows) {
    var by = sortSelect.value;
    if (by === 'state') {
      var column = columns.state;
      var rank = labels.state.map(function (name, i) { return i; })
        .sort(function (a, b) { return collator.compare(labels.state[a], labels.state[b]); });
      var place = [];
      rank.forEach(function (code, i) { place[code] = i; });
      rows.sort(function (a, b) { return place[index.r[a][column]] - place[index.r[b][column]] || a - b; });
    } else if (by === 'response') {
      var responses = columns.response;
      rows.sort(function (a, b) { return index.r[a][responses] - index.r[b][responses] || a - b; });
    }
    return rows;
  }

  function anchor(id) {
    return 'rec-' + id.replace(/[^A-Za-z0-9.\-]/g, function (c) { return '_' + c.charCodeAt(0).toString(16) + '_'; });
  }

  // On a phone each row is a card (site.css): a cell names its column, as the page's own rows do.
  var headings = Array.prototype.slice.call(table.tHead ? table.tHead.rows[0].cells : []);

  function cell(tr, content) {
    var td = document.createElement('td');
    var heading = headings[tr.cells.length];
    if (heading) {
      td.setAttribute('data-label', heading.textContent.trim());
      if (heading.classList.contains('card-wide')) {
        td.className = 'card-wide';
      }
    }
    if (content) {
      td.appendChild(content.nodeType ? content : document.createTextNode(content));
    }
    tr.appendChild(td);
    return td;
  }

  function badge(className, content) {
    var span = document.createElement('span');
    span.className = className;
    span.textContent = content;
    return span;
  }

  function rowElement(r) {
    var codes = index.r[r];
    var item = text(r);
    var tr = document.createElement('tr');
    if (item) {
      tr.id = anchor(item[0]);
    } else {
      tr.setAttribute('aria-busy', 'true');
    }
    cell(tr, label('cycle', codes[columns.cycle]));
    var state = label('state', codes[columns.state]);
    if (item && index.p[codes[columns.state]]) {
      var link = document.createElement('a');
      link.href = stateHref.replace('{slug}', index.f[columns.state].v[codes[columns.state]]) + '#' + tr.id;
      link.textContent = state;
      cell(tr, link);
    } else {
      cell(tr, state);
    }
    var td;
    if (item && document.documentElement.lang !== 'en') {
      // Recommendation texts are the UN's English text (as the page's own rows mark them).
      var english = document.createElement('span');
      english.lang = 'en';
      english.textContent = item[1];
      td = cell(tr, english);
    } else {
      td = cell(tr, item ? item[1] : '\u2026');
    }
    if (item && item[2]) {
      td.appendChild(document.createTextNode(' '));
      var reference = badge('reference', '(' + item[2] + ')');
      reference.dir = 'ltr';
      td.appendChild(reference);
    }
    var response = codes[columns.response];
    cell(tr, badge('response response-' + index.f[columns.response].v[response], label('response', response)));
    // UPR Info's issues, then the UN Human Rights Index themes the source gives.
    var issues = codes[columns.theme].map(function (c) { return label('theme', c); }).join(separator);
    var uhri = codes[columns.uhri].map(function (c) { return label('uhri', c); }).join('; ');
    cell(tr, issues && uhri ? issues + '; ' + uhri : issues || uhri);
    cell(tr, label('category', codes[columns.category]));
    var status = codes[columns.status];
    cell(tr, badge('status-badge status-' + index.f[columns.status].v[status], label('status', status)));
    return tr;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / index.page));
    page = Math.min(Math.max(page, 0), pages - 1);
    var rows = shown.slice(page * index.page, (page + 1) * index.page);
    var mine = ++generation;
    // The rows are drawn at once from the index; their texts follow when their files have come.
    var complete = draw(rows, pages, mine);
    return complete ? Promise.resolve() : loadTexts(rows).then(function () {
      if (mine === generation) {
        draw(rows, pages, mine);
      }
    });
  }

  function draw(rows, pages, mine) {
    var fragment = document.createDocumentFragment();
    var complete = true;
    rows.forEach(function (r) {
      complete = complete && !!text(r);
      fragment.appendChild(rowElement(r));
    });
    body.textContent = '';
    body.appendChild(fragment);
    count.textContent = template.replace('{shown}', format(shown.length)).replace('{total}', format(index.n));
    empty.hidden = shown.length > 0;
    pageText.textContent = pageTemplate.replace('{page}', format(page + 1)).replace('{pages}', format(pages))
      .replace('{first}', format(rows.length ? page * index.page + 1 : 0)).replace('{last}', format(page * index.page + rows.length));
    pager.querySelector('[data-step="-1"]').disabled = page === 0;
    pager.querySelector('[data-step="1"]').disabled = page >= pages - 1;
    table.setAttribute('data-drawn', String(mine));
    if (complete) {
      table.setAttribute('data-rendered', String(mine));
    }
    return complete;
  }

  // A text search needs every text: they load once, the first time a search is typed.
  function apply(keepPage, initial) {
    var filters = selected();
    var terms = normalise(search.value).split(/\s+/).filter(Boolean);
    var all = [];
    for (var i = 0; i < index.n; i++) {
      all.push(i);
    }
    var ready = terms.length ? loadTexts(all) : Promise.resolve();
    return ready.then(function () {
      shown = sortRows(all.filter(function (r) {
        if (!matches(index.r[r], filters)) {
          return false;
        }
        if (!terms.length) {
          return true;
        }
        var item = text(r);
        var haystack = item.n || (item.n = normalise(item[1] + ' ' + (item[2] || '') + ' ' + item[0]));
        return terms.every(function (t) { return haystack.indexOf(t) >= 0; });
      }));
      if (!keepPage) {
        page = 0;
      }
      remember(filters);
      if (initial) {
        // The page already shows these rows: draw them again only once their texts have come, so nothing flickers.
        return loadTexts(shown.slice(page * index.page, (page + 1) * index.page)).then(render);
      }
      return render();
    });
  }

  function remember(filters) {
    var params = new URLSearchParams();
    selects.forEach(function (s) {
      if (s.value) {
        params.set(s.name, s.value);
      }
    });
    if (search.value.trim()) {
      params.set('q', search.value.trim());
    }
    if (sortSelect.value !== 'cycle') {
      params.set('sort', sortSelect.value);
    }
    var query = params.toString();
    try {
      window.history.replaceState(null, '', (query ? '?' + query : window.location.pathname) + window.location.hash);
    } catch (e) {
      // Pages opened from disk may not rewrite their address; filtering still works.
    }
    return filters;
  }

  function restore() {
    var params = new URLSearchParams(window.location.search);
    selects.concat([sortSelect]).forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
        select.value = wanted;
      }
    });
    search.value = params.get('q') || '';
  }

  function csvField(value) {
    var text = String(value == null ? '' : value);
    // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote before it keeps it text.
    if (/^[=+\-@\t\r]/.test(text)) {
      text = "'" + text;
    }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function exportCsv() {
    return loadTexts(shown).then(function () {
      var lines = [form.getAttribute('data-csv-header')];
      shown.forEach(function (r) {
        var codes = index.r[r];
        var item = text(r);
        var value = function (name) { var c = codes[columns[name]]; return c < 0 ? '' : index.f[columns[name]].v[c]; };
        lines.push([item[0], value('cycle'), value('session'), label('state', codes[columns.state]), value('response'),
          codes[columns.theme].map(function (c) { return index.f[columns.theme].v[c]; }).join('; '),
          value('category') === 'none' ? '' : value('category'), value('status'), item[1], item[2] || ''].map(csvField).join(','));
      });
      var blob = new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = form.getAttribute('data-csv-name') || 'recommendations.csv';
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
    });
  }

  var timer = 0;
  function start(data) {
    index = data;
    readLabels();
    search.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { apply(false); }, 150);
    });
    form.addEventListener('change', function (event) {
      if (event.target !== search) {
        apply(false);
      }
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); apply(false); });
    form.addEventListener('reset', function () { window.setTimeout(function () { apply(false); }, 0); });
    document.getElementById('explorer-export').addEventListener('click', exportCsv);
    pager.addEventListener('click', function (event) {
      var step = event.target.getAttribute && event.target.getAttribute('data-step');
      if (step) {
        page += +step;
        render().then(function () { table.scrollIntoView({ block: 'start' }); });
      }
    });
    restore();
    staticPager.hidden = true;
    pager.hidden = false;
    form.hidden = false;
    // The filters stand open where there is room or when the address set some; on a phone they otherwise fold away
    // so the rows come first.
    var panel = document.getElementById('explorer-filter-panel');
    if (panel && (window.matchMedia('(min-width: 40rem)').matches || selected().length || search.value)) {
      panel.open = true;
    }
    apply(true, true);
  }

  // The page's own rows come first: the data loads once the page has loaded and painted a frame.
  function begin() {
    window.requestAnimationFrame(function () {
      window.setTimeout(function () {
        getJson(form.getAttribute('data-index')).then(start, function () {
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
