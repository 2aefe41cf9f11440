/*
 * UprSite explorer, its rows: one table row per recommendation, drawn from the index at once and with its text when
 * that has come. On a phone each row is a card (site.css): each cell names its column, as the page's own rows do.
 * Read by explorer.js.
 */
(function () {
  'use strict';

  function anchor(id) {
    return 'rec-' + id.replace(/[^A-Za-z0-9.\-]/g, function (c) { return '_' + c.charCodeAt(0).toString(16) + '_'; });
  }

  function badge(className, content) {
    var span = document.createElement('span');
    span.className = className;
    span.textContent = content;
    return span;
  }

  // Khmer runs kept whole as the page's own rows keep them (KeptWords in the build): a span per space-separated run,
  // a number joined to the run before it.
  var UNSPACED = { km: true, lo: true, my: true, th: true };

  function keptWords(text) {
    if (!UNSPACED[document.documentElement.lang]) {
      return document.createTextNode(text);
    }
    // split() with a captured separator: runs at even places, the spaces between them at odd ones.
    var runs = [];
    String(text).split(/([^\S\u00a0\u202f\u2007]+)/).forEach(function (piece, i) {
      var space = i % 2 === 1;
      var count = runs.length;
      if (!space && /^[\d\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9.,%]+$/.test(piece) && /[^.,%]/.test(piece) && count >= 2 && !runs[count - 2].space) {
        runs[count - 2].text += runs.pop().text + piece;
      } else if (piece) {
        runs.push({ text: piece, space: space });
      }
    });
    var fragment = document.createDocumentFragment();
    runs.forEach(function (run) {
      if (run.space) {
        fragment.appendChild(document.createTextNode(run.text));
      } else {
        var span = document.createElement('span');
        span.className = 'kw';
        span.textContent = run.text;
        fragment.appendChild(span);
      }
    });
    return fragment;
  }

  function explorerRows(form, table, data) {
    var stateHref = form.getAttribute('data-state-href');
    var separator = form.getAttribute('data-separator') || ', ';
    // The page's own semicolon: French sets a thin space before it, as the page's own rows do.
    var semicolon = (form.getAttribute('data-semicolon') || ';') + ' ';
    var headings = Array.prototype.slice.call(table.tHead ? table.tHead.rows[0].cells : []);
    var english = document.documentElement.lang === 'en';

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

    function stateCell(tr, codes, item) {
      var column = data.columns.state;
      var state = data.label('state', codes[column]);
      if (item && data.index.p[codes[column]]) {
        var link = document.createElement('a');
        link.href = stateHref.replace('{slug}', data.index.f[column].v[codes[column]]) + '#' + tr.id;
        link.appendChild(keptWords(state));
        cell(tr, link);
      } else {
        cell(tr, keptWords(state));
      }
    }

    function textCell(tr, item) {
      var td;
      if (item && !english) {
        // Recommendation texts are the UN's English text (as the page's own rows mark them).
        var span = document.createElement('span');
        span.lang = 'en';
        span.textContent = item[1];
        td = cell(tr, span);
      } else {
        td = cell(tr, item ? item[1] : '\u2026');
      }
      if (item && item[2]) {
        td.appendChild(document.createTextNode(' '));
        var reference = badge('reference', '(' + item[2] + ')');
        reference.dir = 'ltr';
        td.appendChild(reference);
      }
    }

    function rowElement(r) {
      var codes = data.index.r[r];
      var columns = data.columns;
      var item = data.text(r);
      var tr = document.createElement('tr');
      if (item) {
        tr.id = anchor(item[0]);
      } else {
        tr.setAttribute('aria-busy', 'true');
      }
      cell(tr, keptWords(data.label('cycle', codes[columns.cycle])));
      stateCell(tr, codes, item);
      textCell(tr, item);
      var values = function (name) { return data.index.f[columns[name]].v[codes[columns[name]]]; };
      cell(tr, badge('response response-' + values('response'), data.label('response', codes[columns.response])));
      // UPR Info's issues, then the UN Human Rights Index themes the source gives.
      // A name in another language (an untranslated theme) keeps its lang, as the page's own rows do.
      var themes = document.createDocumentFragment();
      [['theme', separator], ['uhri', semicolon]].forEach(function (kind) {
        codes[columns[kind[0]]].forEach(function (c, i) {
          if (themes.childNodes.length) {
            themes.appendChild(document.createTextNode(i === 0 ? semicolon : kind[1]));
          }
          var lang = data.labelLang(kind[0], c);
          if (lang) {
            var span = document.createElement('span');
            span.lang = lang;
            span.textContent = data.label(kind[0], c);
            themes.appendChild(span);
          } else {
            themes.appendChild(document.createTextNode(data.label(kind[0], c)));
          }
        });
      });
      cell(tr, themes.childNodes.length ? themes : null);
      cell(tr, keptWords(data.label('category', codes[columns.category])));
      cell(tr, badge('status-badge status-' + values('status'), data.label('status', codes[columns.status])));
      return tr;
    }

    return { rowElement: rowElement };
  }

  window.UprSite = window.UprSite || {};
  window.UprSite.explorerRows = explorerRows;
})();
