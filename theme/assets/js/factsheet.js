// Copy buttons for factsheet questions and recommendations. Loaded as a file (no inline script) so that a strict
// Content-Security-Policy can forbid inline scripts; without JavaScript the text stays selectable as usual.
(function () {
  "use strict";

  function itemText(item) {
    var clone = item.cloneNode(true);
    clone.querySelectorAll(".copy-button").forEach(function (b) { b.remove(); });
    return clone.textContent.replace(/\s+/g, " ").trim();
  }

  function copy(text, button, labels) {
    var done = function () {
      button.textContent = labels.copied;
      button.classList.add("is-copied");
      setTimeout(function () { button.textContent = button.dataset.label; button.classList.remove("is-copied"); }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text) && done(); });
    } else if (fallbackCopy(text)) {
      done();
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "copy-buffer";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }

  function button(label, extraClass) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "copy-button " + extraClass;
    b.textContent = label;
    b.dataset.label = label;
    // The page's language, also inside a part marked as the original's language on an untranslated (fallback) page.
    b.lang = document.documentElement.lang;
    return b;
  }

  document.querySelectorAll(".factsheet-part[data-copy-label]").forEach(function (part) {
    var labels = { copy: part.dataset.copyLabel, copied: part.dataset.copiedLabel, all: part.dataset.copyAllLabel };
    var items = Array.prototype.slice.call(part.querySelectorAll(".factsheet-items > li"));
    items.forEach(function (item) {
      var b = button(labels.copy, "copy-one");
      b.setAttribute("aria-describedby", item.id);
      b.addEventListener("click", function () { copy(itemText(item), b, labels); });
      item.appendChild(b);
    });
    var heading = part.querySelector("h2");
    if (items.length > 1 && heading) {
      var all = button(labels.all, "copy-all");
      all.addEventListener("click", function () {
        copy(items.map(function (item, i) { return (i + 1) + ". " + itemText(item); }).join("\n"), all, labels);
      });
      heading.insertAdjacentElement("afterend", all);
    }
  });
})();
