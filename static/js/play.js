// Progressive enhancement for the question page; the page works as a plain form without it.
// The server keeps the real clock: this countdown only shows the student what the server will say.
(function () {
  "use strict";

  function announce(id, text) {
    var region = document.getElementById(id);
    if (region) { region.textContent = text; }
  }

  function startTimer(timer) {
    var remaining = parseInt(timer.getAttribute("data-remaining"), 10);
    var value = timer.querySelector(".timer-value");
    if (isNaN(remaining) || !value) { return; }
    var deadline = Date.now() + remaining * 1000;
    // Announced once each, so a screen reader is told the time without hearing every second.
    var milestones = [30, 10, 0];
    function tick() {
      var left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      value.textContent = String(left);
      milestones = milestones.filter(function (mark) {
        if (left <= mark && remaining > mark) {
          announce("timer-status", mark === 0
            ? "Time is up. An answer now earns 0 points."
            : mark + " seconds left.");
          return false;
        }
        return left > mark;
      });
      if (left <= 0) {
        timer.classList.add("timer-done");
        return;
      }
      if (left <= 10) { timer.classList.add("timer-low"); }
      window.setTimeout(tick, 250);
    }
    tick();
  }

  function describeSelection(form) {
    var picked = form.querySelectorAll("input[name=choice]:checked");
    var words = Array.prototype.map.call(picked, function (input) {
      var label = form.querySelector("label[for='" + input.id + "']");
      if (!label) { return ""; }
      // Read the label as a screen reader would: without the decorative letter-and-shape marker.
      var copy = label.cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll("[aria-hidden=true]"), function (hidden) {
        hidden.parentNode.removeChild(hidden);
      });
      return copy.textContent.replace(/\s+/g, " ").trim();
    });
    announce("selection-status", words.length ? "Selected: " + words.join(", ") : "Nothing selected");
  }

  function guardSubmit(form) {
    // A double click sends one request; the server would store one answer anyway.
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) {
        window.setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var timer = document.getElementById("timer");
    if (timer) { startTimer(timer); }
    var form = document.querySelector(".answer-form");
    if (form) {
      form.addEventListener("change", function () { describeSelection(form); });
      guardSubmit(form);
    }
  });
})();
