// Site search: reads this language's index (search/<lang>/, written by the build: docs.js, then one t-<shard>.js per
// first letter of a term) through script elements, so it works under script-src 'self' and from disk. The terms are
// made as SearchTerms.cs makes them: words folded to lower case without accents; Khmer, which has no spaces, as
// clusters and pairs of neighbouring clusters.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form) { return; }
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var base = form.getAttribute('data-index');
  var pageLang = document.documentElement.lang;
  var shown = 50;
  // The page's own digits (data-digits: 0–9 as the build wrote them, Khmer ones when the site asks for them).
  var digits = form.getAttribute('data-digits') || '0123456789';
  var docs = null;
  var known = null;
  var shards = {};
  var loading = {};

  window.uprSearch = {
    docs: function (data) { docs = data.docs; known = new Set(data.shards); },
    terms: function (data) { shards[data.shard] = data.terms; }
  };

  function load(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function shard(key) {
    if (!known.has(key)) { return Promise.resolve(); }
    if (!loading[key]) { loading[key] = load(base + 't-' + key + '.js'); }
    return loading[key];
  }

  function isKhmer(c) { return (c >= '\u1780' && c <= '\u17D3') || c === '\u17DD'; }
  function isBase(c) { return c >= '\u1780' && c <= '\u17B3'; }
  function isConsonant(c) { return c >= '\u1780' && c <= '\u17A2'; }
  var wordChar = /[\p{L}\p{Nd}]/u;

  function clusters(run) {
    var out = [];
    var i = 0;
    while (i < run.length) {
      var start = i;
      i++;
      while (i < run.length && !isBase(run[i])) {
        i += run[i] === '\u17D2' && i + 1 < run.length && isConsonant(run[i + 1]) ? 2 : 1;
      }
      out.push(run.slice(start, i));
    }
    return out;
  }

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').toLowerCase();
  }

  function runs(text) {
    var out = [];
    var current = '';
    var khmer = false;
    var folded = fold(text);
    for (var i = 0; i < folded.length; i++) {
      var c = folded[i];
      var k = isKhmer(c);
      var word = k || wordChar.test(c);
      if (current && (!word || k !== khmer)) { out.push({ text: current, khmer: khmer }); current = ''; }
      if (word) { current += c; khmer = k; }
    }
    if (current) { out.push({ text: current, khmer: khmer }); }
    return out;
  }

  // What the reader typed, as terms: Khmer pairs of clusters (one cluster alone when that is all), other words whole;
  // a word of three letters or more also finds the words it starts ("societe" finds "societes").
  function queryTerms(text) {
    var terms = [];
    runs(text).forEach(function (run) {
      if (run.khmer) {
        var parts = clusters(run.text);
        if (parts.length === 1) { terms.push({ term: parts[0], prefix: false }); }
        for (var i = 0; i + 1 < parts.length; i++) { terms.push({ term: parts[i] + parts[i + 1], prefix: false }); }
      } else if (run.text.length > 1) {
        terms.push({ term: run.text, prefix: run.text.length >= 3 });
      }
    });
    return terms;
  }

  function shardOf(term) {
    var c = term[0];
    if (c >= 'a' && c <= 'z') { return c; }
    if (c >= '0' && c <= '9') { return '0'; }
    return ('000' + c.charCodeAt(0).toString(16)).slice(-4);
  }

  function postings(query) {
    var terms = shards[shardOf(query.term)] || {};
    var found = new Set();
    Object.keys(terms).forEach(function (term) {
      if (term === query.term || (query.prefix && term.lastIndexOf(query.term, 0) === 0)) {
        terms[term].forEach(function (id) { found.add(id); });
      }
    });
    return found;
  }

  var weight = { factsheet: 4, page: 3, country: 3, state: 2, recommendation: 1 };

  function search(text) {
    var terms = queryTerms(text);
    if (terms.length === 0) { return Promise.resolve(null); }
    return Promise.all(terms.map(function (t) { return shard(shardOf(t.term)); })).then(function () {
      var hits = null;
      terms.forEach(function (t) {
        var found = postings(t);
        hits = hits === null ? found : new Set(Array.from(hits).filter(function (id) { return found.has(id); }));
      });
      var score = function (id) {
        var titled = queryTerms(docs[id][1]).map(function (t) { return t.term; });
        var inTitle = terms.filter(function (t) { return titled.some(function (w) { return w === t.term || (t.prefix && w.lastIndexOf(t.term, 0) === 0); }); });
        return inTitle.length * 10 + weight[docs[id][0]];
      };
      return Array.from(hits).map(function (id) { return { id: id, score: score(id) }; })
        .sort(function (a, b) { return b.score - a.score || a.id - b.id; })
        .map(function (hit) { return docs[hit.id]; });
    });
  }

  function show(results) {
    list.textContent = '';
    if (results === null) { status.textContent = ''; return; }
    status.textContent = results.length === 0 ? form.getAttribute('data-none')
      : form.getAttribute('data-count').replace('{shown}', String(results.length).replace(/[0-9]/g, function (d) { return digits.charAt(+d); }));
    results.slice(0, shown).forEach(function (doc) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = doc[2];
      link.textContent = doc[1];
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = form.getAttribute('data-kind-' + doc[0]);
      item.appendChild(link);
      item.appendChild(document.createTextNode(' '));
      item.appendChild(kind);
      if (doc[3] !== pageLang) { link.lang = doc[3]; }
      if (doc[4]) {
        var snippet = document.createElement('p');
        snippet.textContent = doc[4];
        if (doc[3] !== pageLang) { snippet.lang = doc[3]; }
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
  }

  function shownFor(text, results) {
    show(results);
    form.setAttribute('data-shown', text);
  }

  var latest = 0;
  function run() {
    var asked = ++latest;
    var text = input.value;
    var url = new URL(window.location.href);
    if (text) { url.searchParams.set('q', text); } else { url.searchParams.delete('q'); }
    window.history.replaceState(null, '', url.toString());
    search(text).then(function (results) { if (asked === latest) { shownFor(text, results); } });
  }

  var timer = 0;
  input.addEventListener('input', function () { window.clearTimeout(timer); timer = window.setTimeout(run, 150); });
  form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
  load(base + 'docs.js').then(function () {
    var q = new URL(window.location.href).searchParams.get('q');
    if (q) { input.value = q; }
    form.setAttribute('data-ready', 'true');
    if (input.value) { run(); }
  });
}());
