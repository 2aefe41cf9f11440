/*
 * UprSite charts: draws every chart of the page with plotly.js from the JSON block named by the container's
 * data-chart attribute. No inline script, no inline style and no eval, so pages keep a strict
 * Content-Security-Policy. Without JavaScript (or when printing) each chart's data table stands in for it.
 * plotly.js is loaded from the site by this script (data-plotly on its script element), only on pages with charts.
 */
(function () {
  'use strict';

  var self = document.currentScript;
  var style = window.getComputedStyle(document.documentElement);

  // Colours and the font in the figures are CSS custom properties of the theme's tokens.css (var(--supported),
  // var(--font-chart, sans-serif)), read when the chart is drawn, so the PNG export shows the same values.
  function resolve(value) {
    if (typeof value === 'string' && value.indexOf('var(--') === 0) {
      var inside = value.slice(4, -1);
      var comma = inside.indexOf(',');
      var name = (comma < 0 ? inside : inside.slice(0, comma)).trim();
      var fallback = comma < 0 ? '#6b7280' : inside.slice(comma + 1).trim();
      return style.getPropertyValue(name).replace(/\s+/g, ' ').trim() || fallback;
    }
    if (Array.isArray(value)) {
      return value.map(resolve);
    }
    if (value && typeof value === 'object') {
      Object.keys(value).forEach(function (key) { value[key] = resolve(value[key]); });
    }
    return value;
  }

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

  function addImageButton(section, canvas) {
    var links = section.querySelector('.chart-links');
    if (!links) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart-image';
    button.textContent = section.getAttribute('data-download-png');
    button.addEventListener('click', function () {
      window.Plotly.downloadImage(canvas, { format: 'png', filename: section.id, scale: 2 });
    });
    links.appendChild(document.createTextNode(' '));
    links.appendChild(button);
  }

  function draw(canvas) {
    var block = document.getElementById(canvas.getAttribute('data-chart'));
    var section = canvas.closest('.chart');
    if (!block || !section) {
      return;
    }
    var figure = resolve(JSON.parse(block.textContent));
    // No mode bar: it writes per-chart inline <style> rules. Our own button saves the PNG instead.
    var config = { responsive: true, displayModeBar: false };
    window.Plotly.newPlot(canvas, figure.data, figure.layout, config).then(function () {
      section.classList.add('has-chart');
      addTableToggle(section);
      addImageButton(section, canvas);
    });
  }

  var canvases = document.querySelectorAll('[data-chart]');
  if (!self || !canvases.length) {
    return;
  }
  loadPlotly(function () { Array.prototype.forEach.call(canvases, draw); });
})();
