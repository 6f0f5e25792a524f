// Progressive enhancement for the teacher's room page: the player list refreshes itself while the
// room is open, so a teacher watching a self-paced class sees who joined and how far each student
// is without reloading. Without JavaScript the page says to reload it.
(function () {
  "use strict";

  var EVERY_MS = 5000;
  var section = document.getElementById("room-players");
  if (!section || section.getAttribute("data-refresh") !== "on" || !window.fetch || !window.DOMParser) { return; }
  var url = section.getAttribute("data-refresh-url");
  var open = true;  // a room closed elsewhere (another tab) stops the refreshing

  function setHint(text) {
    var hint = document.getElementById("players-hint");
    if (hint) { hint.textContent = text; }
  }

  function clock(date) {
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  }

  function refresh() {
    // A teacher on a Remove button keeps it: the list is not replaced under the keyboard focus.
    if (document.hidden || section.contains(document.activeElement)) {
      window.setTimeout(refresh, EVERY_MS);
      return;
    }
    window.fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      })
      .then(function (html) {
        // Parsed, not executed: the fragment is the server's escaped HTML, and DOMParser runs no script.
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("room-players");
        if (!fresh) { throw new Error("no player list in the reply"); }
        open = fresh.getAttribute("data-refresh") === "on";
        if (section.contains(document.activeElement)) { return; }
        var status = document.getElementById("players-status");
        var freshStatus = fresh.querySelector("#players-status");
        // Only a changed count is announced, and only the status line is a live region.
        if (status && freshStatus && status.textContent !== freshStatus.textContent) {
          status.textContent = freshStatus.textContent;
        }
        var list = section.querySelector("#players-list");
        var freshList = fresh.querySelector("#players-list");
        if (freshList && list) {
          list.replaceWith(document.importNode(freshList, true));
        } else if (freshList) {
          status.after(document.importNode(freshList, true));
        } else if (list) {
          list.remove();  // everyone was removed
        }
        setHint(open ? "Updates every few seconds; last " + clock(new Date()) + "."
          : "The room is closed, so the list no longer updates.");
      })
      .catch(function () {
        setHint("Could not update the list; reload this page to see new players.");
      })
      .then(function () { if (open) { window.setTimeout(refresh, EVERY_MS); } });
  }

  setHint("Updates every few seconds.");
  window.setTimeout(refresh, EVERY_MS);
})();
