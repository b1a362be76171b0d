// Filters a list in place, combining several filters at once. Without this script the same
// filters work as links to generated pages, one value at a time.
(function () {
  "use strict";
  var nav = document.querySelector("nav.filters");
  var table = document.querySelector(".table-wrap table");
  if (!nav || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var groups = Array.prototype.slice.call(nav.querySelectorAll(".filter-group"));

  var form = document.createElement("form");
  form.className = "filter-form";
  form.setAttribute("role", "search");
  form.setAttribute("aria-label", "Filtrer listen");
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
    all.textContent = "Alle";
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
  reset.textContent = "Nullstill";
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
    status.textContent = "Viser " + shown + " av " + rows.length + " datasett.";
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
