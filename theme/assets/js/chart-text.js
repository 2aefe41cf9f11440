/*
 * UprSite charts, shared by chart-layout.js, chart-downloads.js and charts.js: the theme's values in a figure, the
 * figure's font, text wrapped by the language's word rules, and text made safe inside SVG markup.
 */
(function () {
  'use strict';

  var style = null;

  // Colours and the font in the figures are CSS custom properties of the theme's tokens.css (var(--supported),
  // var(--font-chart, sans-serif)), read when the chart is drawn, so the PNG export shows the same values.
  function resolve(value) {
    if (typeof value === 'string' && value.indexOf('var(--') === 0) {
      style = style || window.getComputedStyle(document.documentElement);
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

  function fontFamily(figure) {
    return (figure.layout && figure.layout.font && figure.layout.font.family) || 'sans-serif';
  }

  // Break opportunities by the language's word rules (Khmer has no spaces between words), then greedy lines. A line
  // breaks at a space or between two words, never between a word and the punctuation it holds: "(counted" stays whole.
  // A run between spaces that fits on a line is kept whole, as the tables keep it (KeptWords): the dictionary that
  // finds Khmer words does not know transliterated names and would break "អាស៊ែបៃហ្សង់" after "អា".
  function wrap(text, font, width, lang) {
    var context = document.createElement('canvas').getContext('2d');
    context.font = font;
    // A no-break space (French puts one before ":" and ";") joins what it stands between.
    function isSpace(s) { return /^[^\S\u00a0\u202f]+$/.test(s); }
    var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter(lang, { granularity: 'word' }) : null;
    var pieces = [];
    text.split(/([^\S\u00a0\u202f]+)/).forEach(function (run, i) {
      if (i % 2 === 1 || !segmenter || context.measureText(run).width <= width) {
        pieces.push({ segment: run, isWordLike: i % 2 === 0 });
      } else {
        Array.prototype.push.apply(pieces, Array.from(segmenter.segment(run)));
      }
    });
    var lines = [];
    var line = '';
    var pending = '';
    var previous = null;
    function place(chunk) {
      if (line && context.measureText(line + chunk).width > width) {
        lines.push(line.trim());
        line = chunk.replace(/^\s+/, '');
      } else {
        line += chunk;
      }
    }
    pieces.forEach(function (piece) {
      if (!piece.segment) {
        return;
      }
      var breaks = !previous || isSpace(piece.segment) || isSpace(previous.segment) || (piece.isWordLike && previous.isWordLike);
      if (breaks && pending) {
        place(pending);
        pending = '';
      }
      pending += piece.segment;
      previous = piece;
    });
    if (pending) {
      place(pending);
    }
    if (line.trim()) {
      lines.push(line.trim());
    }
    return lines;
  }

  function escapeXml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  window.UprSite = window.UprSite || {};
  window.UprSite.chartText = { resolve: resolve, fontFamily: fontFamily, wrap: wrap, escapeXml: escapeXml };
})();
