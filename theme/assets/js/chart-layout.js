/*
 * UprSite charts: each figure laid out for the width its box has. On a phone, horizontal bars write each category's
 * name above its bar, and columns whose names do not fit become horizontal bars. Read by charts.js.
 */
(function () {
  'use strict';

  var text = window.UprSite.chartText;

  // Below this width a horizontal bar chart writes each category's name above its bar instead of beside it, so the
  // names no longer squeeze the bars (and the axis title centred under them) into a sliver.
  var NARROW = 560;
  // Khmer stacks vowels and subscript consonants above and below the line, so its lines need more room.
  var LABEL = { size: 13, line: 19, lineKm: 25, bar: 14, space: 7, gap: 6 };

  function isHorizontal(figure) {
    return figure.layout.yaxis && figure.layout.yaxis.autorange === 'reversed';
  }

  function isColumns(figure) {
    return figure.data.length > 0 && figure.data.every(function (trace) { return trace.type === 'bar' && trace.orientation === 'v'; });
  }

  // Bars take the lower part of each category's row and its name the upper part, both in the axis's own units (a row
  // is one unit), so they stay apart whatever margins plotly gives the plot.
  function labelsAbove(figure, width) {
    var layout = figure.layout;
    var categories = (figure.data[0] && figure.data[0].y) || [];
    var lang = document.documentElement.lang;
    var font = LABEL.size + 'px ' + text.fontFamily(figure);
    var names = categories.map(function (name) { return text.wrap(String(name), font, width - 24, lang); });
    var lines = names.reduce(function (most, n) { return Math.max(most, n.length); }, 1);
    var bars = figure.data.filter(function (trace) { return trace.type === 'bar'; });
    var grouped = layout.barmode === 'group' ? bars.length : 1;
    var barHeight = LABEL.bar * Math.max(1, grouped * 0.75);
    var words = lines * (lang === 'km' ? LABEL.lineKm : LABEL.line) + LABEL.space;
    var row = words + barHeight + LABEL.gap;
    var start = words / row - 0.5;
    var each = barHeight / row / grouped;
    bars.forEach(function (trace, i) {
      trace.width = each;
      trace.offset = start + (grouped > 1 ? i : 0) * each;
    });
    layout.yaxis = Object.assign({}, layout.yaxis, { showticklabels: false, automargin: false });
    layout.margin = Object.assign({}, layout.margin, { l: 4, r: 12 });
    // The margins (legend, value axis) are plotly's to set: roomForRows makes the chart taller if they left too little.
    figure.plotHeight = Math.ceil(categories.length * row);
    layout.height = figure.plotHeight + 130;
    layout.annotations = categories.map(function (name, i) {
      return { text: names[i].map(text.escapeXml).join('<br>'), x: 0, xref: 'paper', xanchor: 'left', y: i - 0.5, yref: 'y', yanchor: 'top',
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
    context.font = LABEL.size + 'px ' + text.fontFamily(figure);
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

  // A value axis title longer than the axis it lies along is written on as many lines as it needs, so it stays
  // inside the chart (automargin then makes room for the extra lines). The lengths are the plot's, known once drawn.
  function wrapAxisTitles(figure, along) {
    var lang = document.documentElement.lang;
    var wrapped = {};
    ['xaxis', 'yaxis'].forEach(function (name) {
      var axis = figure.layout[name];
      var title = axis && axis.title && axis.title.text;
      if (!title || !along[name]) {
        return;
      }
      var font = along[name].size + 'px ' + text.fontFamily(figure);
      var lines = text.wrap(String(title), font, along[name].length, lang);
      if (lines.length > 1) {
        wrapped[name] = lines.map(text.escapeXml).join('<br>');
      }
    });
    return wrapped;
  }

  function fitAxisTitles(canvas, figure) {
    var full = canvas._fullLayout;
    if (!full || !full._size) {
      return null;
    }
    var along = {};
    ['xaxis', 'yaxis'].forEach(function (name) {
      if (full[name] && full[name].title && full[name].title.font) {
        along[name] = { size: full[name].title.font.size, length: (name === 'xaxis' ? full._size.w : full._size.h) - 8 };
      }
    });
    var wrapped = wrapAxisTitles(figure, along);
    var update = {};
    Object.keys(wrapped).forEach(function (name) { update[name + '.title.text'] = wrapped[name]; });
    return Object.keys(update).length ? window.Plotly.relayout(canvas, update) : null;
  }

  // Columns whose names are wider than their share of the plot write them on two or more lines under the column, so
  // neighbouring names never run into each other (the plot takes about nine tenths of the box).
  function wrapColumnNames(figure, width) {
    var categories = (figure.data[0] && figure.data[0].x) || [];
    if (!categories.length) {
      return figure;
    }
    var slot = (width * 0.9) / categories.length - 12;
    var font = LABEL.size + 'px ' + text.fontFamily(figure);
    var lang = document.documentElement.lang;
    var lines = categories.map(function (name) { return text.wrap(String(name), font, slot, lang); });
    if (lines.every(function (l) { return l.length <= 1; })) {
      return figure;
    }
    figure.layout.xaxis = Object.assign({}, figure.layout.xaxis, {
      tickmode: 'array',
      tickvals: categories,
      ticktext: lines.map(function (l) { return l.map(text.escapeXml).join('<br>'); }),
    });
    return figure;
  }

  // The figure of the JSON block, laid out for a box of this width.
  function laidOut(block, width) {
    var figure = text.resolve(JSON.parse(block.textContent));
    if (width < NARROW && isColumns(figure) && namesTooWide(figure, width)) {
      turnToBars(figure);
    }
    if (isColumns(figure)) {
      return wrapColumnNames(figure, width);
    }
    return width < NARROW && isHorizontal(figure) ? labelsAbove(figure, width) : figure;
  }

  window.UprSite.chartLayout = { NARROW: NARROW, isHorizontal: isHorizontal, isColumns: isColumns, laidOut: laidOut, roomForRows: roomForRows,
    fitAxisTitles: fitAxisTitles, wrapAxisTitles: wrapAxisTitles, wrapColumnNames: wrapColumnNames };
})();
