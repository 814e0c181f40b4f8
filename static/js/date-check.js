// Date fields in the admin (offerings/dates.py): when a field with data-date-check loses
// focus and its text does not match its pattern, say so in Dutch next to the field. The
// text itself is left exactly as typed; the server refuses it on save with the same message.
(function () {
  "use strict";

  function messageFor(input) {
    var id = input.id + "-date-check";
    var message = document.getElementById(id);
    if (!message) {
      message = document.createElement("p");
      message.id = id;
      message.className = "error-message date-check-message";
      message.setAttribute("role", "alert");
      input.insertAdjacentElement("afterend", message);
      var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      described.push(id);
      input.setAttribute("aria-describedby", described.join(" "));
    }
    return message;
  }

  function check(input) {
    input.setCustomValidity("");
    var unreadable = input.value.trim() !== "" && input.validity.patternMismatch;
    var message = document.getElementById(input.id + "-date-check");
    if (unreadable) {
      input.setCustomValidity(input.dataset.dateCheck);
      input.setAttribute("aria-invalid", "true");
      messageFor(input).textContent = input.dataset.dateCheck;
    } else {
      input.removeAttribute("aria-invalid");
      if (message) message.textContent = "";
    }
  }

  document.addEventListener("focusout", function (event) {
    if (event.target.matches && event.target.matches("input[data-date-check]")) check(event.target);
  });
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("input[data-date-check]")) {
      event.target.setCustomValidity("");
    }
  });
})();
