/*
 * UprSite: the site's /404.html on a host that shows it for every unknown address (GitHub Pages). An address under a
 * language's folder (/fr/…) is sent on to that language's own 404 page; without JavaScript the page lists every
 * language's home page instead. Netlify needs none of this: _redirects answers each folder with its own 404 page.
 */
(function () {
  'use strict';

  var list = document.getElementById('not-found-languages');
  if (!list) {
    return;
  }
  // The site's folder on its host (/ or /repository/), which the page's <base> names.
  var base = new URL(document.baseURI).pathname;
  var path = window.location.pathname;
  if (path.indexOf(base) !== 0) {
    return;
  }
  var folder = path.slice(base.length).split('/')[0];
  var languages = list.getAttribute('data-languages').split(' ');
  if (folder && folder !== document.documentElement.lang && languages.indexOf(folder) >= 0) {
    window.location.replace(base + folder + '/404.html');
  }
})();
