/*
 * UprSite explorer, its CSV export: the rows the filters keep, in their order, with every text, as a file the
 * browser saves (UTF-8 with a byte-order mark, so spreadsheets read Khmer and accents). Read by explorer.js.
 */
(function () {
  'use strict';

  function csvField(value) {
    var text = String(value == null ? '' : value);
    // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote before it keeps it text.
    if (/^[=+\-@\t\r]/.test(text)) {
      text = "'" + text;
    }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function explorerCsv(form, data) {
    function line(r) {
      var codes = data.index.r[r];
      var columns = data.columns;
      var item = data.text(r);
      var themes = codes[columns.theme].map(function (c) { return data.index.f[columns.theme].v[c]; }).join('; ');
      var category = data.value('category', r);
      return [item[0], data.value('cycle', r), data.value('session', r), item[3] || '', data.label('state', codes[columns.state]), data.value('response', r),
        themes, category === 'none' ? '' : category, data.value('status', r), item[1], item[2] || ''].map(csvField).join(',');
    }

    // Saves the rows (row numbers into the index) once their texts have come.
    function save(rows) {
      return data.loadTexts(rows).then(function () {
        var lines = [form.getAttribute('data-csv-header')].concat(rows.map(line));
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

    return { save: save };
  }

  window.UprSite = window.UprSite || {};
  window.UprSite.explorerCsv = explorerCsv;
})();
