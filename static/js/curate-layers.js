// Annotation layers: each toggle button shows or hides one layer of marks in the article.
// Without this script every layer is shown and the noscript form picks layers by reloading.
(function () {
  "use strict";
  var toolbar = document.getElementById("layer-toolbar");
  var body = document.getElementById("article-body");
  if (!toolbar || !body) { return; }

  function apply(layer, on) {
    body.classList.toggle("show-" + layer, on);
    // Marks of a hidden layer leave the tab order, so the keyboard only stops where there is something to see.
    body.querySelectorAll('.mark[data-layer="' + layer + '"][tabindex]').forEach(function (mark) {
      mark.setAttribute("tabindex", on ? "0" : "-1");
    });
  }

  toolbar.querySelectorAll("button[data-layer]").forEach(function (button) {
    apply(button.dataset.layer, button.getAttribute("aria-pressed") === "true");
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      apply(button.dataset.layer, on);
    });
  });
  toolbar.hidden = false;
})();
