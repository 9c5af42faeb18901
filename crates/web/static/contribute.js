// The case form's live character counts: under every field with data-max-chars, a line
// saying how many characters are left (the server already says "at most N characters").
// The text comes from the page (data-chars-left on the form's wrapper), so it is in the
// page's language.
(function () {
  "use strict";
  function setUp() {
    var main = document.querySelector("[data-chars-left]");
    var template = (main && main.getAttribute("data-chars-left")) || "%n";
    var over = (main && main.getAttribute("data-chars-over")) || "-%n";
    document.querySelectorAll("[data-max-chars]").forEach(function (field) {
      if (field.getAttribute("data-counted")) return;
      field.setAttribute("data-counted", "1");
      var max = parseInt(field.getAttribute("data-max-chars"), 10);
      var counter = document.createElement("p");
      counter.className = "char-count";
      counter.id = field.id + "-count";
      counter.setAttribute("aria-live", "polite");
      field.insertAdjacentElement("afterend", counter);
      function update() {
        var left = max - Array.from(field.value).length;
        counter.textContent = (left >= 0 ? template : over).replace("%n", String(Math.abs(left)));
        counter.classList.toggle("over", left < 0);
      }
      field.addEventListener("input", update);
      update();
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
  document.addEventListener("htmx:after:swap", setUp);
})();
