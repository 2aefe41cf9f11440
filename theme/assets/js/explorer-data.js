/*
 * UprSite explorer, its data: the filter codes of every row (index.json: short keys, numbers pointing into each
 * filter's values) and the texts of the rows asked for (text-N.json, one file per shard of rows), fetched once each.
 * Labels come from the page's own selects, so the data files are the same in every language. Read by explorer.js.
 */
(function () {
  'use strict';

  function getJson(href) {
    return fetch(href).then(function (response) {
      if (!response.ok) {
        throw new Error(href + ': ' + response.status);
      }
      return response.json();
    });
  }

  function explorerData(form) {
    var textHref = form.getAttribute('data-text');
    var texts = {};
    var data = { index: null, labels: {}, langs: {}, columns: {} };

    // Each filter's labels by value index, read from its select's options (data-label).
    function readLabels() {
      data.index.f.forEach(function (filter, column) {
        data.columns[filter.k] = column;
        var select = document.getElementById('filter-' + filter.k);
        var byValue = {};
        var langByValue = {};
        if (select) {
          Array.prototype.forEach.call(select.options, function (o) {
            byValue[o.value] = o.getAttribute('data-label') || o.text;
            langByValue[o.value] = o.getAttribute('lang');
          });
        }
        data.labels[filter.k] = filter.v.map(function (v) { return byValue[v] || v; });
        data.langs[filter.k] = filter.v.map(function (v) { return langByValue[v] || null; });
      });
    }

    // The row index; resolves with this object once it has come.
    data.load = function () {
      return getJson(form.getAttribute('data-index')).then(function (index) {
        data.index = index;
        readLabels();
        return data;
      });
    };

    // A filter's label for a row's code (-1: none).
    data.label = function (name, code) {
      return code < 0 ? '' : data.labels[name][code];
    };

    // The language of a filter's label when it is not the page's (an untranslated theme's name), else null.
    data.labelLang = function (name, code) {
      return code < 0 ? null : data.langs[name][code];
    };

    // A filter's value (as in the address and the CSV) for a row.
    data.value = function (name, r) {
      var code = data.index.r[r][data.columns[name]];
      return code < 0 ? '' : data.index.f[data.columns[name]].v[code];
    };

    data.loadTexts = function (rows) {
      var wanted = {};
      rows.forEach(function (r) {
        var shard = Math.floor(r / data.index.shard);
        if (!texts[shard]) {
          wanted[shard] = true;
        }
      });
      return Promise.all(Object.keys(wanted).map(function (shard) {
        return getJson(textHref.replace(/text-1\.json$/, 'text-' + (+shard + 1) + '.json'))
          .then(function (list) { texts[shard] = list; });
      }));
    };

    // A row's [id, text, reference], once its shard has come.
    data.text = function (r) {
      var shard = texts[Math.floor(r / data.index.shard)];
      return shard && shard[r % data.index.shard];
    };

    return data;
  }

  window.UprSite = window.UprSite || {};
  window.UprSite.explorerData = explorerData;
})();
