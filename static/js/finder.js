/* Finder enhancements. The finder works fully without this file: the filters are a
   <details> disclosure and every change is a plain GET.
   1. On a wide screen the filters disclosure starts open (it sits beside the results).
   2. "Toon N resultaten" follows the ticked filters: the count comes from the JSON API,
      which answers the same parameters with the same total (api/finder_params.py). */
(function () {
  "use strict";
  var form = document.getElementById("finder-form");
  if (!form) { return; }
  var details = form.querySelector(".filters-disclosure");
  var button = form.querySelector("[data-count-label]");
  var wide = window.matchMedia("(min-width: 60rem)");
  if (details && wide.matches) { details.open = true; }

  var timer = null;
  var requestNumber = 0;

  function label(total) {
    return total === 1 ? "Toon 1 resultaat" : "Toon " + total + " resultaten";
  }

  function updateCount() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "") { params.append(name, value); }  // empty date fields mean "no date"
    });
    params.delete("pagina");
    params.delete("sorteer");
    params.set("limit", "1");
    var mine = ++requestNumber;
    fetch("/api/v2/offerings/?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && data.meta && mine === requestNumber) { button.textContent = label(data.meta.total_count); }
      })
      .catch(function () { /* the button keeps its text; submitting still works */ });
  }

  if (button && window.fetch && window.URLSearchParams) {
    form.addEventListener("change", function (event) {
      if (event.target.type !== "checkbox" && event.target.type !== "date" && event.target.tagName !== "SELECT") { return; }
      window.clearTimeout(timer);
      timer = window.setTimeout(updateCount, 150);
    });
  }
})();
