/*
 * UprSite explorer, its filters: the selects, the text search and the sort order applied to every row, kept in the
 * address (?state=france&q=land) so a filtered view can be shared. Read by explorer.js.
 */
(function () {
  'use strict';

  function normalise(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function explorerFilters(form, data) {
    var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
    var sortSelect = document.getElementById('explorer-sort');
    var search = form.querySelector('input[name="q"]');
    var collator = new Intl.Collator(document.documentElement.lang || undefined);

    function selected() {
      return selects.filter(function (s) { return s.value; }).map(function (s) {
        var name = s.getAttribute('data-filter');
        var column = data.columns[name];
        return { name: name, column: column, code: data.index.f[column].v.indexOf(s.value), multiple: data.index.f[column].m };
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
      var index = data.index;
      if (by === 'state') {
        var column = data.columns.state;
        var names = data.labels.state;
        var rank = names.map(function (name, i) { return i; }).sort(function (a, b) { return collator.compare(names[a], names[b]); });
        var place = [];
        rank.forEach(function (code, i) { place[code] = i; });
        rows.sort(function (a, b) { return place[index.r[a][column]] - place[index.r[b][column]] || a - b; });
      } else if (by === 'response') {
        var responses = data.columns.response;
        rows.sort(function (a, b) { return index.r[a][responses] - index.r[b][responses] || a - b; });
      }
      return rows;
    }

    // The rows the filters keep, in the chosen order. A text search needs every text: they load once, the first time
    // a search is typed.
    function apply() {
      var filters = selected();
      var terms = normalise(search.value).split(/\s+/).filter(Boolean);
      var all = [];
      for (var i = 0; i < data.index.n; i++) {
        all.push(i);
      }
      var ready = terms.length ? data.loadTexts(all) : Promise.resolve();
      return ready.then(function () {
        return sortRows(all.filter(function (r) {
          if (!matches(data.index.r[r], filters)) {
            return false;
          }
          if (!terms.length) {
            return true;
          }
          var item = data.text(r);
          var haystack = item.n || (item.n = normalise(item[1] + ' ' + (item[2] || '') + ' ' + item[0]));
          return terms.every(function (t) { return haystack.indexOf(t) >= 0; });
        }));
      });
    }

    function remember() {
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

    // Whether the address or the reader set a filter or a search.
    function any() {
      return selected().length > 0 || !!search.value;
    }

    return { search: search, apply: apply, remember: remember, restore: restore, any: any };
  }

  window.UprSite = window.UprSite || {};
  window.UprSite.explorerFilters = explorerFilters;
})();
