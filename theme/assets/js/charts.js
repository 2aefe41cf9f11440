/*
 * UprSite charts: draws every chart of the page with plotly.js from the JSON block named by the container's
 * data-chart attribute. No inline script, no inline style and no eval, so pages keep a strict
 * Content-Security-Policy. Without JavaScript (or when printing) each chart's data table stands in for it.
 * plotly.js is loaded from the site by this script (data-plotly on its script element), only on pages with charts.
 * It needs chart-text.js, chart-layout.js and chart-downloads.js loaded before it (partials/chart-scripts.html).
 */
(function () {
  'use strict';

  var self = document.currentScript;
  var site = window.UprSite;
  if (!site || !site.chartLayout || !site.chartDownloads) {
    return;
  }
  var layoutOf = site.chartLayout;

  function addTableToggle(section) {
    var table = section.querySelector('.chart-table');
    if (!table) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart-table-toggle';
    button.setAttribute('aria-controls', table.id);

    function show(open) {
      section.classList.toggle('is-collapsed', !open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      button.textContent = section.getAttribute(open ? 'data-hide-table' : 'data-show-table');
      table.setAttribute('tabindex', open ? '0' : '-1');
      // A collapsed table stays for screen readers, but its links leave the tab order: a keyboard user never lands
      // on a link no one can see.
      Array.prototype.forEach.call(table.querySelectorAll('a[href], button'), function (control) {
        if (open) {
          control.removeAttribute('tabindex');
        } else {
          control.setAttribute('tabindex', '-1');
        }
      });
    }

    button.addEventListener('click', function () { show(section.classList.contains('is-collapsed')); });
    table.parentNode.insertBefore(button, table);
    show(false);
  }

  // plotly.js inserts its CSS into the sheet with id plotly.js-style-global, creating an inline <style> when there is
  // none. On a served site, link an (empty) sheet of our own under that id first, so no inline style is needed.
  // Pages opened from disk have no CSP and may not edit a linked sheet, so plotly.js makes its own there.
  function loadPlotly(then) {
    function addScript() {
      var script = document.createElement('script');
      script.src = self.getAttribute('data-plotly');
      script.addEventListener('load', then);
      document.head.appendChild(script);
    }
    if (window.Plotly) {
      then();
    } else if (window.location.protocol === 'file:' || !self.getAttribute('data-plotly-css')) {
      addScript();
    } else {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.id = 'plotly.js-style-global';
      link.href = self.getAttribute('data-plotly-css');
      link.addEventListener('load', addScript);
      link.addEventListener('error', addScript);
      document.head.appendChild(link);
    }
  }

  // Horizontal bars and columns are laid out again when their box changes width; other charts follow plotly's own
  // resizing.
  function redrawOnResize(canvas, block, config) {
    var timer = 0;
    var drawnAt = canvas.clientWidth;
    window.addEventListener('resize', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var width = canvas.clientWidth;
        if (width !== drawnAt) {
          drawnAt = width;
          var again = layoutOf.laidOut(block, width);
          window.Plotly.react(canvas, again.data, again.layout, config)
            .then(function () { return layoutOf.fitAxisTitles(canvas, again); })
            .then(function () { return layoutOf.roomForRows(canvas, again); });
        }
      }, 200);
    });
  }

  function draw(canvas) {
    var block = document.getElementById(canvas.getAttribute('data-chart'));
    var section = canvas.closest('.chart');
    if (!block || !section) {
      return;
    }
    var figure = layoutOf.laidOut(block, canvas.clientWidth);
    // No mode bar: it writes per-chart inline <style> rules. Our own buttons save the PNG and SVG instead.
    var config = { responsive: true, displayModeBar: false };
    window.Plotly.newPlot(canvas, figure.data, figure.layout, config).then(function () {
      return layoutOf.fitAxisTitles(canvas, figure);
    }).then(function () {
      return layoutOf.roomForRows(canvas, figure);
    }).then(function () {
      section.classList.add('has-chart');
      addTableToggle(section);
      site.chartDownloads.addImageButtons(section, block);
    });
    var given = JSON.parse(block.textContent);
    if (layoutOf.isHorizontal(given) || layoutOf.isColumns(given)) {
      redrawOnResize(canvas, block, config);
    }
  }

  var canvases = document.querySelectorAll('[data-chart]');
  if (!self || !canvases.length) {
    return;
  }
  loadPlotly(function () { Array.prototype.forEach.call(canvases, draw); });
})();
