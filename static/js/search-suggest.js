/* Search box enhancement: page-title suggestions while typing.
   Results never depend on this file: the form submits as a plain GET without it.
   Suggestions are links; Down arrow moves into them, Escape closes the list and keeps
   what was typed (a search field's native Escape would clear it), and typing again
   reopens the list, also for the same words. */
(function () {
  "use strict";

  function setup(input) {
    var url = input.getAttribute("data-suggest-url");
    var field = input.parentNode;
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var timer = null;
    var lastQuery = "";
    list.className = "suggestions";
    list.id = input.id + "-suggesties";
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    field.appendChild(list);
    field.appendChild(status);

    function close() {
      list.hidden = true;
      list.textContent = "";
      status.textContent = "";
      lastQuery = "";  // the same words typed again must fetch and show the list again
    }

    function render(suggestions) {
      list.textContent = "";
      suggestions.forEach(function (item) {
        var li = document.createElement("li");
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.title;
        li.appendChild(link);
        list.appendChild(li);
      });
      list.hidden = suggestions.length === 0;
      status.textContent = suggestions.length
        ? suggestions.length + " suggesties; gebruik pijl omlaag om ze te kiezen."
        : "";
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < 2) { close(); return; }
      if (query === lastQuery) { return; }
      lastQuery = query;
      fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (query === input.value.trim()) { render(data.suggestions || []); } })
        .catch(close);
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !list.hidden) {
        event.preventDefault();
        list.querySelector("a").focus();
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();  // keep the typed query
        close();
      }
    });
    list.addEventListener("keydown", function (event) {
      var current = document.activeElement.parentNode;
      if (event.key === "ArrowDown" && current.nextElementSibling) {
        event.preventDefault();
        current.nextElementSibling.querySelector("a").focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        (current.previousElementSibling ? current.previousElementSibling.querySelector("a") : input).focus();
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
        input.focus();
      }
    });
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(setup);
})();
