// Search as you type over every published record, from the index the build writes
// (sok/indeks.js). The index is loaded as a script so the search also works on a site opened
// from disk. Without this script the page lists where every record can be found.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var kind = form.querySelector("select[name=type]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var root = form.getAttribute("data-index").replace(/sok\/indeks\.js$/, "");
  var limit = 50;
  var records = null;

  // Lower case, accents dropped (é → e, å → a), so "sjå" finds "Sjå" and "kafe" finds "kafé".
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function prepare(index) {
    return index.records.map(function (r) {
      var place = r[1] >= 0 ? index.places[r[1]] : "";
      // [kind, place or -1, name, folder, slug, excerpt, further words]
      return {
        kindId: index.kindIds[r[0]], kindLabel: index.kinds[r[0]], place: place, name: r[2],
        href: root + index.folders[r[3]] + r[4] + "/", excerpt: r[5],
        nameText: fold(r[2]), text: fold([r[2], place, r[5], r[6]].join(" "))
      };
    });
  }

  function load(done) {
    if (records) return done();
    if (window.ordenSearchIndex) { records = prepare(window.ordenSearchIndex); return done(); }
    status.textContent = form.getAttribute("data-loading");
    var script = document.createElement("script");
    script.src = form.getAttribute("data-index");
    script.onload = function () { records = prepare(window.ordenSearchIndex || { records: [], kinds: [], kindIds: [], places: [], folders: [] }); done(); };
    document.head.appendChild(script);
  }

  // A record matches when every word of the query starts a word of its text; a match in the
  // name ranks first, a name that starts with the query before that.
  function search(query, kindFilter) {
    var words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!words.length) return null;
    var hits = [];
    records.forEach(function (record) {
      if (kindFilter && record.kindId !== kindFilter) return;
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var word = words[i];
        var inName = wordStart(record.nameText, word);
        if (!inName && !wordStart(record.text, word)) return;
        score += inName ? 2 : 1;
      }
      if (record.nameText.indexOf(words[0]) === 0) score += 2;
      hits.push({ record: record, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.record.nameText.localeCompare(b.record.nameText, "nb"); });
    return hits;
  }

  function wordStart(text, word) {
    var at = text.indexOf(word);
    while (at !== -1) {
      if (at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return true;
      at = text.indexOf(word, at + 1);
    }
    return false;
  }

  function show() {
    var query = input.value.trim();
    var hits = search(query, kind.value);
    list.textContent = "";
    if (hits === null) {
      list.hidden = true;
      status.textContent = form.getAttribute("data-prompt");
      return;
    }
    hits.slice(0, limit).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.record.href;
      link.textContent = hit.record.name;
      // Names and places are editors' text: dir="auto" isolates each, so that a bidi override in
      // one cannot reverse the rest of the result.
      link.dir = "auto";
      var meta = document.createElement("span");
      meta.className = "search-meta";
      meta.dir = "auto";
      meta.textContent = hit.record.kindLabel + (hit.record.place ? " · " + hit.record.place : "");
      item.appendChild(link);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(meta);
      if (hit.record.excerpt) {
        var excerpt = document.createElement("p");
        excerpt.className = "search-excerpt";
        excerpt.textContent = hit.record.excerpt;
        item.appendChild(excerpt);
      }
      list.appendChild(item);
    });
    list.hidden = hits.length === 0;
    status.textContent = hits.length === 0 ? form.getAttribute("data-none")
      : form.getAttribute("data-shown").replace("{shown}", Math.min(hits.length, limit)).replace("{total}", hits.length);
  }

  var pending = null;
  function schedule() {
    clearTimeout(pending);
    pending = setTimeout(function () { load(show); updateAddress(); }, 80);
  }
  // The query stays in the address, so a search can be bookmarked and the back button works.
  function updateAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    if (kind.value) params.set("type", kind.value);
    var search = params.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname);
  }

  input.addEventListener("input", schedule);
  kind.addEventListener("change", schedule);
  form.addEventListener("submit", function (event) { event.preventDefault(); schedule(); });
  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  if (params.get("type")) kind.value = params.get("type");
  load(show);
})();
