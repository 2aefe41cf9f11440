/*
 * UprSite charts: the PNG and SVG download buttons of each chart. A download is laid out at one size whatever the
 * screen, on a solid background, with the chart's title above it and its source, date, site and licence below (the
 * figure's "export" block, written by the build). Read by charts.js.
 */
(function () {
  'use strict';

  var text = window.UprSite.chartText;
  var layoutOf = window.UprSite.chartLayout;

  var EXPORT = { width: 1200, pad: 40, title: 26, line: 15, scale: 2, paper: '#ffffff', ink: '#1d2430', muted: '#3d4654', aroundPlot: 130 };
  var SVG_NS = 'http://www.w3.org/2000/svg';

  function textBlock(parts, lines, x, y, size, weight, colour, family, lang) {
    var height = Math.round(size * (lang === 'km' ? 1.7 : 1.4));
    lines.forEach(function (line, i) {
      parts.push('<text x="' + x + '" y="' + (y + height * i + size) + '" font-family="' + text.escapeXml(family) + '" font-size="' + size +
        '" font-weight="' + weight + '" fill="' + colour + '">' + text.escapeXml(line) + '</text>');
    });
    return height * lines.length;
  }

  // A download is never drawn on the page, so its axis titles are wrapped to the plot's length as the export layout
  // leaves it at most: the height less the margins, legend and column names; for horizontal bars half the width, the
  // rest being the longest names'. plotly.js writes axis titles at 1.2 times the layout's font size.
  function fitExportAxisTitles(figure, layout) {
    var size = Math.round(1.2 * layout.font.size);
    var width = layout.width - layout.margin.l - layout.margin.r;
    var along = {
      xaxis: { size: size, length: layoutOf.isHorizontal(figure) ? width / 2 : width - 80 },
      yaxis: { size: size, length: layout.height - layout.margin.t - layout.margin.b - EXPORT.aroundPlot },
    };
    var wrapped = layoutOf.wrapAxisTitles(figure, along);
    Object.keys(wrapped).forEach(function (name) {
      layout[name] = Object.assign({}, layout[name], { title: Object.assign({}, layout[name].title, { text: wrapped[name] }) });
    });
  }

  // The chart as plotly.js draws it at the export width, inside an SVG of our own with the title and the lines.
  // Written as text, never parsed into the page: plotly.js's SVG has style attributes, which the page's
  // Content-Security-Policy refuses in any document the page parses.
  function composeSvg(figure) {
    var info = figure.export || { title: '', lines: [], file: 'chart' };
    var family = text.fontFamily(figure);
    var inner = EXPORT.width - 2 * EXPORT.pad;
    // Horizontal bars already have a height per category; columns, lines and rings get room to breathe.
    var horizontal = layoutOf.isHorizontal(figure);
    var layout = Object.assign({}, figure.layout, {
      width: EXPORT.width,
      height: horizontal ? figure.layout.height : Math.max(figure.layout.height || 320, 460),
      autosize: false,
      paper_bgcolor: EXPORT.paper,
      plot_bgcolor: EXPORT.paper,
      margin: { l: EXPORT.pad, r: EXPORT.pad + 20, t: 48, b: 16, pad: 4 },
      font: Object.assign({}, figure.layout.font, { size: 15 }),
    });
    fitExportAxisTitles(figure, layout);
    return window.Plotly.toImage({ data: figure.data, layout: layout }, { format: 'svg', width: layout.width, height: layout.height }).then(function (url) {
      var chart = decodeURIComponent(url.slice(url.indexOf(',') + 1)).replace(/^<\?xml[^>]*\?>\s*/, '');
      var titleLines = text.wrap(info.title, '600 ' + EXPORT.title + 'px ' + family, inner, info.lang);
      var footLines = [];
      info.lines.forEach(function (line) { footLines = footLines.concat(text.wrap(line, EXPORT.line + 'px ' + family, inner, info.lang)); });
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
    var figure = text.resolve(JSON.parse(block.textContent));
    if (layoutOf.isColumns(figure)) {
      layoutOf.wrapColumnNames(figure, EXPORT.width);
    }
    return composeSvg(figure).then(function (image) {
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

  window.UprSite.chartDownloads = { addImageButtons: addImageButtons };
})();
