/*
 * UprSite charts: draws every chart of the page with plotly.js from the JSON block named by the container's
 * data-chart attribute. No inline script and no eval, so pages keep a strict Content-Security-Policy.
 * Without JavaScript (or when printing) each chart's data table stands in for it.
 */
(function () {
  'use strict';

  var style = window.getComputedStyle(document.documentElement);

  // Colours in the figures are CSS custom properties (var(--supported)); the theme's CSS decides them.
  function resolve(value) {
    if (typeof value === 'string' && value.indexOf('var(--') === 0) {
      return style.getPropertyValue(value.slice(4, -1).trim()).trim() || '#6b7280';
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

  function draw(canvas) {
    var block = document.getElementById(canvas.getAttribute('data-chart'));
    var section = canvas.closest('.chart');
    if (!block || !section) {
      return;
    }
    var figure = resolve(JSON.parse(block.textContent));
    var config = {
      responsive: true,
      displaylogo: false,
      modeBarButtonsToRemove: ['zoom2d', 'pan2d', 'select2d', 'lasso2d', 'zoomIn2d', 'zoomOut2d', 'autoScale2d', 'resetScale2d'],
      toImageButtonOptions: { filename: section.id, scale: 2 }
    };
    window.Plotly.newPlot(canvas, figure.data, figure.layout, config).then(function () {
      section.classList.add('has-chart');
      addTableToggle(section);
    });
  }

  if (!window.Plotly) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), draw);
})();
