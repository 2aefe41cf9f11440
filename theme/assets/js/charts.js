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

  // Downloads are laid out at one size whatever the screen, on a solid background, with the chart's title above it
  // and its source, date, site and licence below (the figure's "export" block, written by the build).
  var EXPORT = { width: 1200, pad: 40, title: 26, line: 15, scale: 2, paper: '#ffffff', ink: '#1d2430', muted: '#3d4654' };
  var SVG_NS = 'http://www.w3.org/2000/svg';

  function fontFamily(figure) {
    return (figure.layout && figure.layout.font && figure.layout.font.family) || 'sans-serif';
  }

  // Break opportunities by the language's word rules (Khmer has no spaces between words), then greedy lines.
  function wrap(text, font, width, lang) {
    var context = document.createElement('canvas').getContext('2d');
    context.font = font;
    var pieces = window.Intl && Intl.Segmenter
      ? Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(text), function (s) { return s.segment; })
      : text.split(/(\s+)/);
    var lines = [];
    var line = '';
    pieces.forEach(function (piece) {
      if (line && context.measureText(line + piece).width > width) {
        lines.push(line.trim());
        line = piece.trim() ? piece : '';
      } else {
        line += piece;
      }
    });
    if (line.trim()) {
      lines.push(line.trim());
    }
    return lines;
  }

  function escapeXml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function textBlock(parts, lines, x, y, size, weight, colour, family, lang) {
    var height = Math.round(size * (lang === 'km' ? 1.7 : 1.4));
    lines.forEach(function (line, i) {
      parts.push('<text x="' + x + '" y="' + (y + height * i + size) + '" font-family="' + escapeXml(family) + '" font-size="' + size +
        '" font-weight="' + weight + '" fill="' + colour + '">' + escapeXml(line) + '</text>');
    });
    return height * lines.length;
  }

  // The chart as plotly.js draws it at the export width, inside an SVG of our own with the title and the lines.
  // Written as text, never parsed into the page: plotly.js's SVG has style attributes, which the page's
  // Content-Security-Policy refuses in any document the page parses.
  function composeSvg(figure) {
    var info = figure.export || { title: '', lines: [], file: 'chart' };
    var family = fontFamily(figure);
    var inner = EXPORT.width - 2 * EXPORT.pad;
    // Horizontal bars already have a height per category; columns, lines and rings get room to breathe.
    var horizontal = figure.layout.yaxis && figure.layout.yaxis.autorange === 'reversed';
    var layout = Object.assign({}, figure.layout, {
      width: EXPORT.width,
      height: horizontal ? figure.layout.height : Math.max(figure.layout.height || 320, 460),
      autosize: false,
      paper_bgcolor: EXPORT.paper,
      plot_bgcolor: EXPORT.paper,
      margin: { l: EXPORT.pad, r: EXPORT.pad + 20, t: 48, b: 16, pad: 4 },
      font: Object.assign({}, figure.layout.font, { size: 15 }),
    });
    return window.Plotly.toImage({ data: figure.data, layout: layout }, { format: 'svg', width: layout.width, height: layout.height }).then(function (url) {
      var chart = decodeURIComponent(url.slice(url.indexOf(',') + 1)).replace(/^<\?xml[^>]*\?>\s*/, '');
      var titleLines = wrap(info.title, '600 ' + EXPORT.title + 'px ' + family, inner, info.lang);
      var footLines = [];
      info.lines.forEach(function (line) { footLines = footLines.concat(wrap(line, EXPORT.line + 'px ' + family, inner, info.lang)); });
      var parts = ['<rect width="100%" height="100%" fill="' + EXPORT.paper + '"/>'];
      var y = EXPORT.pad;
      y += textBlock(parts, titleLines, EXPORT.pad, y, EXPORT.title, 600, EXPORT.ink, family, info.lang) + 8;
      parts.push('<g transform="translate(0,' + y + ')">' + chart + '</g>');
      y += layout.height + 12;
      parts.push('<rect x="' + EXPORT.pad + '" y="' + y + '" width="' + inner + '" height="1" fill="#c9ced6"/>');
      y += 12;
      y += textBlock(parts, footLines, EXPORT.pad, y, EXPORT.line, 400, EXPORT.muted, family, info.lang) + EXPORT.pad - 12;
      var svg = '<svg xmlns="' + SVG_NS + '" xmlns:xlink="http://www.w3.org/1999/xlink" width="' + EXPORT.width + '" height="' + y +
        '" viewBox="0 0 ' + EXPORT.width + ' ' + y + '">' + parts.join('') + '</svg>';
      return { svg: svg, width: EXPORT.width, height: y, file: info.file };
    });
  }

  function save(blob, name) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  function exportChart(block, format) {
    return composeSvg(resolve(JSON.parse(block.textContent))).then(function (image) {
      if (format === 'svg') {
        save(new Blob([image.svg], { type: 'image/svg+xml' }), image.file + '.svg');
        return;
      }
      return new Promise(function (done, fail) {
        var picture = new Image();
        picture.onload = function () {
          var canvas = document.createElement('canvas');
          canvas.width = image.width * EXPORT.scale;
          canvas.height = image.height * EXPORT.scale;
          var context = canvas.getContext('2d');
          context.fillStyle = EXPORT.paper;
          context.fillRect(0, 0, canvas.width, canvas.height);
          context.drawImage(picture, 0, 0, canvas.width, canvas.height);
          canvas.toBlob(function (blob) { save(blob, image.file + '.png'); done(); }, 'image/png');
        };
        picture.onerror = fail;
        picture.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(image.svg);
      });
    });
  }

  function addImageButtons(section, block) {
    var links = section.querySelector('.chart-links');
    if (!links) {
      return;
    }
    ['png', 'svg'].forEach(function (format) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'chart-image';
      button.setAttribute('data-format', format);
      button.textContent = section.getAttribute('data-download-' + format);
      button.addEventListener('click', function () { exportChart(block, format); });
      links.appendChild(document.createTextNode(' '));
      links.appendChild(button);
    });
  }

  // Below this width a horizontal bar chart writes each category's name above its bar instead of beside it, so the
  // names no longer squeeze the bars (and the axis title centred under them) into a sliver.
  var NARROW = 560;
  // Khmer stacks vowels and subscript consonants above and below the line, so its lines need more room.
  var LABEL = { size: 13, line: 19, lineKm: 25, bar: 14, space: 7, gap: 6 };

  function isHorizontal(figure) {
    return figure.layout.yaxis && figure.layout.yaxis.autorange === 'reversed';
  }

  // Bars take the lower part of each category's row and its name the upper part, both in the axis's own units (a row
  // is one unit), so they stay apart whatever margins plotly gives the plot.
  function labelsAbove(figure, width) {
    var layout = figure.layout;
    var categories = (figure.data[0] && figure.data[0].y) || [];
    var lang = document.documentElement.lang;
    var font = LABEL.size + 'px ' + fontFamily(figure);
    var names = categories.map(function (name) { return wrap(String(name), font, width - 24, lang); });
    var lines = names.reduce(function (most, n) { return Math.max(most, n.length); }, 1);
    var bars = figure.data.filter(function (trace) { return trace.type === 'bar'; });
    var grouped = layout.barmode === 'group' ? bars.length : 1;
    var barHeight = LABEL.bar * Math.max(1, grouped * 0.75);
    var text = lines * (lang === 'km' ? LABEL.lineKm : LABEL.line) + LABEL.space;
    var row = text + barHeight + LABEL.gap;
    var start = text / row - 0.5;
    var each = barHeight / row / grouped;
    bars.forEach(function (trace, i) {
      trace.width = each;
      trace.offset = start + (grouped > 1 ? i : 0) * each;
    });
    layout.yaxis = Object.assign({}, layout.yaxis, { showticklabels: false, automargin: false });
    layout.margin = Object.assign({}, layout.margin, { l: 4, r: 12 });
    // The margins (legend, value axis) are plotly's to set: draw() makes the chart taller if they left too little.
    figure.plotHeight = Math.ceil(categories.length * row);
    layout.height = figure.plotHeight + 130;
    layout.annotations = categories.map(function (name, i) {
      return { text: names[i].map(escapeXml).join('<br>'), x: 0, xref: 'paper', xanchor: 'left', y: i - 0.5, yref: 'y', yanchor: 'top',
        align: 'left', showarrow: false, font: { size: LABEL.size } };
    });
    return figure;
  }

  function roomForRows(canvas, figure) {
    var size = canvas._fullLayout && canvas._fullLayout._size;
    if (!figure.plotHeight || !size || size.h >= figure.plotHeight) {
      return null;
    }
    return window.Plotly.relayout(canvas, { height: figure.layout.height + Math.ceil(figure.plotHeight - size.h) });
  }

  // Columns whose names are wider than the columns themselves would stand their names on end and leave the plot a
  // strip: on a phone they become horizontal bars.
  function namesTooWide(figure, width) {
    var categories = (figure.data[0] && figure.data[0].x) || [];
    var context = document.createElement('canvas').getContext('2d');
    context.font = LABEL.size + 'px ' + fontFamily(figure);
    var widest = categories.reduce(function (most, name) { return Math.max(most, context.measureText(String(name)).width); }, 0);
    return categories.length > 0 && widest > width / categories.length - 8;
  }

  function turnToBars(figure) {
    figure.data.forEach(function (trace) {
      var x = trace.x;
      trace.x = trace.y;
      trace.y = x;
      trace.orientation = 'h';
    });
    var layout = figure.layout;
    var valueAxis = layout.yaxis;
    layout.yaxis = Object.assign({}, layout.xaxis, { autorange: 'reversed' });
    layout.xaxis = valueAxis;
    layout.hovermode = 'y unified';
    return figure;
  }

  function isColumns(figure) {
    return figure.data.length > 0 && figure.data.every(function (trace) { return trace.type === 'bar' && trace.orientation === 'v'; });
  }

  function laidOut(block, width) {
    var figure = resolve(JSON.parse(block.textContent));
    if (width >= NARROW) {
      return figure;
    }
    if (isColumns(figure) && namesTooWide(figure, width)) {
      turnToBars(figure);
    }
    return isHorizontal(figure) ? labelsAbove(figure, width) : figure;
  }

  function draw(canvas) {
    var block = document.getElementById(canvas.getAttribute('data-chart'));
    var section = canvas.closest('.chart');
    if (!block || !section) {
      return;
    }
    var narrow = canvas.clientWidth < NARROW;
    var figure = laidOut(block, canvas.clientWidth);
    // No mode bar: it writes per-chart inline <style> rules. Our own buttons save the PNG and SVG instead.
    var config = { responsive: true, displayModeBar: false };
    window.Plotly.newPlot(canvas, figure.data, figure.layout, config).then(function () {
      return roomForRows(canvas, figure);
    }).then(function () {
      section.classList.add('has-chart');
      addTableToggle(section);
      addImageButtons(section, block);
    });
    var given = JSON.parse(block.textContent);
    if (isHorizontal(given) || isColumns(given)) {
      var timer = 0;
      window.addEventListener('resize', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
          var width = canvas.clientWidth;
          if ((width < NARROW) !== narrow || width < NARROW) {
            narrow = width < NARROW;
            var again = laidOut(block, width);
            window.Plotly.react(canvas, again.data, again.layout, config).then(function () { return roomForRows(canvas, again); });
          }
        }, 200);
      });
    }
  }

  var canvases = document.querySelectorAll('[data-chart]');
  if (!self || !canvases.length) {
    return;
  }
  loadPlotly(function () { Array.prototype.forEach.call(canvases, draw); });
})();
