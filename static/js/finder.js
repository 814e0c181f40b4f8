/* Finder enhancements. The finder works fully without this file: the filters are an open
   <details> disclosure and every change is a plain GET.
   1. On a phone the filters disclosure starts folded (the results come first).
   2. Ticking a filter (or changing a date or "afgelopen") updates the results, the counts
      beside the filters, the "Toon N resultaten" button and the URL at once: the page
      itself is fetched for the new URL (the same server rendering as without JavaScript)
      and its parts are swapped in; the new total is announced in a live region. The
      filter being ticked keeps its focus: only the counts in the labels change. */
(function () {
  "use strict";
  var form = document.getElementById("finder-form");
  if (!form || !window.fetch || !window.URLSearchParams || !window.DOMParser) { return; }
  var details = form.querySelector(".filters-disclosure");
  var status = document.getElementById("finder-status");
  var wide = window.matchMedia("(min-width: 60rem)");
  if (details && !wide.matches) { details.open = false; }

  var timer = null;
  var requestNumber = 0;

  function currentUrl() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "") { params.append(name, value); }  // empty date fields mean "no date"
    });
    params.delete("pagina");
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function swap(selector, fresh) {
    var old = document.querySelector(selector);
    var replacement = fresh.querySelector(selector);
    if (old && replacement) { old.innerHTML = replacement.innerHTML; }
  }

  function updateLabels(fresh) {
    form.querySelectorAll(".filters-disclosure input[type=checkbox]").forEach(function (input) {
      var label = form.querySelector("label[for='" + input.id + "']");
      var newLabel = fresh.querySelector("label[for='" + input.id + "']");
      var count = label && label.querySelector(".facet__count");
      if (!count) { return; }
      var newCount = newLabel && newLabel.querySelector(".facet__count");
      if (newCount) {
        count.innerHTML = newCount.innerHTML;
      } else {
        count.innerHTML = '<span aria-hidden="true">(0)</span><span class="visually-hidden">, 0 resultaten</span>';
      }
    });
    ["summary .facet__count", "[data-count-label]"].forEach(function (selector) {
      var old = form.querySelector(selector);
      var replacement = fresh.querySelector(selector);
      if (old && replacement) { old.textContent = replacement.textContent; }
    });
  }

  function update() {
    var url = currentUrl();
    var mine = ++requestNumber;
    fetch(url, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html || mine !== requestNumber) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        swap("#finder-results", fresh);
        swap("#finder-sort-form", fresh);
        swap("#finder-follow", fresh);
        updateLabels(fresh);
        document.title = fresh.title;
        window.history.replaceState(null, "", url);
        var heading = document.getElementById("resultaten");
        if (status && heading) { status.textContent = heading.textContent.trim(); }
      })
      .catch(function () { /* the page stays as it was; submitting still works */ });
  }

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.type !== "checkbox" && target.type !== "date") { return; }
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  });
})();
