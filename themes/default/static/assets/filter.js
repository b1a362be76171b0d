// Filters a list in place, combining several filters at once. Without this script the same
// filters work as links to generated pages, one value at a time.
(function () {
  "use strict";
  var script = document.currentScript;
  var nav = document.querySelector("nav.filters");
  var table = document.querySelector(".table-wrap table");
  if (!table) return;
  if (!nav) return filterByText(script);
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var groups = Array.prototype.slice.call(nav.querySelectorAll(".filter-group"));

  var form = document.createElement("form");
  form.className = "filter-form";
  form.setAttribute("role", "search");
  form.setAttribute("aria-label", nav.getAttribute("data-label"));
  var selects = groups.map(function (group) {
    var dimension = group.getAttribute("data-dimension");
    var label = document.createElement("label");
    var select = document.createElement("select");
    select.name = dimension;
    select.id = "filter-valg-" + dimension;
    label.htmlFor = select.id;
    label.textContent = group.querySelector("h3").textContent;
    var all = document.createElement("option");
    all.value = "";
    all.textContent = nav.getAttribute("data-all");
    select.appendChild(all);
    group.querySelectorAll("a[data-value]").forEach(function (link) {
      var option = document.createElement("option");
      option.value = link.getAttribute("data-value");
      option.textContent = link.textContent;
      if (link.getAttribute("aria-current") === "page") option.selected = true;
      select.appendChild(option);
    });
    var field = document.createElement("div");
    field.className = "filter-field";
    field.appendChild(label);
    field.appendChild(select);
    form.appendChild(field);
    group.hidden = true;
    return select;
  });
  var reset = document.createElement("button");
  reset.type = "reset";
  reset.textContent = nav.getAttribute("data-reset");
  form.appendChild(reset);
  var status = document.createElement("p");
  status.className = "filter-status";
  status.setAttribute("aria-live", "polite");
  nav.appendChild(form);
  nav.appendChild(status);

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var match = selects.every(function (select) {
        if (!select.value) return true;
        var values = (row.getAttribute("data-" + select.name) || "").split(" ");
        return values.indexOf(select.value) !== -1;
      });
      row.hidden = !match;
      if (match) shown += 1;
    });
    status.textContent = nav.getAttribute("data-shown").replace("{shown}", shown).replace("{total}", rows.length);
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();

// On the other lists, a text box over each long table that hides the rows not containing what
// is typed. Without this script the whole table shows.
function filterByText(script) {
  "use strict";
  var minimumRows = 8;
  Array.prototype.forEach.call(document.querySelectorAll("main .table-wrap table"), function (table, number) {
    if (!table.tBodies[0] || table.tBodies[0].rows.length < minimumRows) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    var field = document.createElement("div");
    field.className = "table-filter";
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = "search";
    input.id = "tabellfilter-" + (number + 1);
    label.htmlFor = input.id;
    label.textContent = script.getAttribute("data-table-label");
    var status = document.createElement("span");
    status.className = "filter-status";
    status.setAttribute("role", "status");
    field.appendChild(label);
    field.appendChild(input);
    field.appendChild(status);
    var wrap = table.closest(".table-wrap");
    wrap.parentNode.insertBefore(field, wrap);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, index) {
        var match = words.every(function (word) { return texts[index].indexOf(word) !== -1; });
        row.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = words.length ? script.getAttribute("data-table-shown").replace("{shown}", shown).replace("{total}", rows.length) : "";
    });
  });
}
