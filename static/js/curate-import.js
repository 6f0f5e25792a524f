// Import progress: ask the server to do the next step until the import is finished.
// Each request does one bounded step and answers with the job's state, kept in the database.
(function () {
  "use strict";
  var box = document.getElementById("import-progress");
  if (!box) { return; }
  var bar = document.getElementById("import-bar");
  var status = document.getElementById("import-status");
  var next = document.getElementById("import-next");
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  box.querySelectorAll(".js-hide").forEach(function (el) { el.hidden = true; });
  var failures = 0;

  function show(state) {
    bar.max = state.total;
    bar.value = state.done;
    bar.textContent = state.percent + "%";
    if (state.stage === "failed") {
      status.textContent = "The import stopped: " + state.error;
    } else if (state.finished) {
      status.textContent = "Done: " + state.questions + " question candidates are ready for review.";
    } else {
      status.textContent = "Step " + state.done + " of " + state.total + " done (" + state.percent + "%), " +
        state.questions + " questions so far.";
    }
    if (state.finished) { next.hidden = false; }
  }

  function step() {
    fetch(box.dataset.advanceUrl, {
      method: "POST",
      headers: { "Accept": "application/json", "X-CSRFToken": token },
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    }).then(function (state) {
      failures = 0;
      show(state);
      if (!state.finished) { window.setTimeout(step, 300); }
    }).catch(function () {
      // Another worker may hold the step, or the network dropped: the state is safe on the server.
      failures += 1;
      window.setTimeout(step, Math.min(10000, 1000 * failures));
    });
  }

  if (box.dataset.finished !== "true") { step(); }
})();
