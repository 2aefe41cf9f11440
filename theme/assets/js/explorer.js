/*
 * UprSite explorer: filters the recommendations table in the browser (cycle, theme, State, response, status and
 * a text search). The page is a plain full table without JavaScript; this script only shows the form and hides rows.
 * Filters are kept in the address (?state=france&q=land) so a filtered view can be shared.
 */
(function () {
  'use strict';

  var form = document.getElementById('explorer-filters');
  var table = document.getElementById('recommendations');
  if (!form || !table || !table.tBodies.length) {
    return;
  }

  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var search = form.querySelector('input[name="q"]');
  var count = document.getElementById('explorer-count');
  var empty = document.getElementById('explorer-empty');
  var template = form.getAttribute('data-count-template') || '{shown} / {total}';
  var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
  // The page's own digits (data-digits: 0–9 as the build wrote them, Khmer ones when the site asks for them).
  var digits = form.getAttribute('data-digits') || '0123456789';

  function format(number) {
    return numbers.format(number).replace(/[0-9]/g, function (d) { return digits.charAt(+d); });
  }

  function normalise(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  // Read each row's text once: filtering thousands of rows then costs only string searches.
  var texts = rows.map(function (row) { return normalise(row.textContent); });

  function matches(row, index, filters, terms) {
    for (var f = 0; f < filters.length; f++) {
      var value = row.getAttribute('data-' + filters[f].name) || '';
      // Themes are multi-valued: data-theme (UPR Info issues) and data-uhri (UN Human Rights Index) hold 'a|b'.
      if (filters[f].name === 'theme' || filters[f].name === 'uhri'
        ? ('|' + value + '|').indexOf('|' + filters[f].value + '|') < 0
        : value !== filters[f].value) {
        return false;
      }
    }
    for (var t = 0; t < terms.length; t++) {
      if (texts[index].indexOf(terms[t]) < 0) {
        return false;
      }
    }
    return true;
  }

  function remember(filters) {
    var params = new URLSearchParams();
    filters.forEach(function (f) { params.set(f.name, f.value); });
    if (search.value.trim()) {
      params.set('q', search.value.trim());
    }
    var query = params.toString();
    try {
      window.history.replaceState(null, '', (query ? '?' + query : window.location.pathname) + window.location.hash);
    } catch (e) {
      // Pages opened from disk may not rewrite their address; filtering still works.
    }
  }

  function apply() {
    var filters = selects.filter(function (s) { return s.value; })
      .map(function (s) { return { name: s.getAttribute('data-filter'), value: s.value }; });
    var terms = normalise(search.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, index) {
      var visible = matches(row, index, filters, terms);
      if (row.hidden === visible) {
        row.hidden = !visible;
      }
      if (visible) {
        shown++;
      }
    });
    count.textContent = template.replace('{shown}', format(shown)).replace('{total}', format(rows.length));
    empty.hidden = shown > 0;
    remember(filters);
  }

  function restore() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
        select.value = wanted;
      }
    });
    search.value = params.get('q') || '';
  }

  var timer = 0;
  search.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(apply, 150);
  });
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });

  form.hidden = false;
  restore();
  apply();
})();
