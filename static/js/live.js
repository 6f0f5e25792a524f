// Live game pages (presenter and student): follow the room's state pushed by the server.
// Server-Sent Events first; if the stream cannot be opened or goes silent, poll the JSON state
// endpoint instead. The server decides all timing: the countdown here only displays what it said.
(function () {
  "use strict";

  var root = document.getElementById("live");
  if (!root) { return; }
  var view = document.getElementById("live-view");
  var announcer = document.getElementById("live-announce");
  var errorBox = document.getElementById("live-error");
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute("content") : "";
  var stateUrl = root.dataset.stateUrl;
  var eventsUrl = root.dataset.eventsUrl;
  var basePollMs = parseInt(root.dataset.pollMs || "1000", 10);
  var pollMs = basePollMs;
  var SILENCE_MS = 15000;  // the server sends a heartbeat every 5 s

  var marker = root.dataset.marker;
  var firstStage = view.querySelector("[data-announce]");
  var shown = firstStage ? firstStage.dataset.announce : "";  // the stage on screen, as announced
  var deadline = null;      // performance.now() at which the question's time runs out
  var source = null;
  var watchdog = null;
  var pollTimer = null;
  var polling = false;

  function showError(message) {
    if (!errorBox) { return; }
    errorBox.textContent = message || "";
    errorBox.hidden = !message;
  }

  function setClock(phase, paused, remainingMs) {
    root.dataset.phase = phase;
    root.dataset.paused = paused ? "true" : "false";
    deadline = (phase === "question" && !paused) ? performance.now() + remainingMs : null;
    tick();
  }

  function tick() {
    if (deadline === null) { return; }
    var left = Math.max(0, deadline - performance.now());
    var seconds = String(Math.ceil(left / 1000));
    var counters = view.querySelectorAll("[data-countdown]");
    for (var i = 0; i < counters.length; i++) {
      if (counters[i].textContent !== seconds) { counters[i].textContent = seconds; }
    }
    if (left === 0) {
      deadline = null;
      // The server closes the question by itself (after a short grace for answers on their way)
      // and a stream brings the reveal; when polling, ask soon rather than at the next poll.
      if (polling) { window.setTimeout(refresh, 1300); }
    }
  }

  function apply(state, force) {
    if (!state || typeof state.html !== "string") { return; }
    // A room's version only grows: a state older than the one on screen (a stream's event written
    // just after a button's reply) is old news.
    if (state.version < parseInt(root.dataset.version, 10)) { return; }
    var changed = force || state.marker !== marker;
    // A big room's streams ask the database less often (poll_ms); a poll costs several of those.
    if (state.poll_ms) { pollMs = Math.max(basePollMs, state.poll_ms * 5); }
    marker = state.marker;
    root.dataset.marker = marker;
    root.dataset.version = state.version;
    setClock(state.phase, state.paused, state.remaining_ms);
    if (!changed) { return; }
    var focusedId = document.activeElement && document.activeElement.id;
    var open = Array.prototype.map.call(view.querySelectorAll("details[open]"), function (d) { return d.id; });
    view.innerHTML = state.html;
    open.forEach(function (id) { var d = document.getElementById(id); if (d) { d.open = true; } });
    var stage = view.querySelector("[data-announce]");
    var announce = stage ? stage.dataset.announce : "";
    // A new question or a locked answer moves focus to its heading ([data-focus]); otherwise the
    // button that had focus is gone with the old view and focus would drop to <body>.
    var heading = announce !== shown ? view.querySelector("[data-focus]") : null;
    if (heading) {
      heading.focus();
    } else if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again) { again.focus(); }
    }
    shown = announce;
    if (stage && announcer && announcer.textContent !== announce) {
      announcer.textContent = announce;
    }
    tick();
  }

  // The projector's answer count, sent alone while a class answers (the rest of its view is the same).
  function applyCount(count) {
    if (!count || typeof count.marker !== "string") { return; }
    var version = parseInt(count.marker.split(".")[0], 10);
    if (version !== parseInt(root.dataset.version, 10)) { return; }  // a state of another version decides
    marker = count.marker;
    root.dataset.marker = marker;
    var counters = view.querySelectorAll("[data-answer-count]");
    for (var i = 0; i < counters.length; i++) { counters[i].textContent = String(count.answered); }
  }

  function fetchState(since) {
    var url = stateUrl + (since ? "?since=" + encodeURIComponent(since) : "");
    return fetch(url, { headers: { Accept: "application/json" }, cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 200) { return response.json().then(function (s) { apply(s, false); }); }
        if (response.status === 404) { showError("This game is no longer available."); }
        return null;
      });
  }

  function refresh() { fetchState(marker).catch(function () { /* the next poll or event retries */ }); }

  // --- Server-Sent Events, with polling as the fallback ---

  function feedWatchdog() {
    window.clearTimeout(watchdog);
    watchdog = window.setTimeout(fallBack, SILENCE_MS);
  }

  function connect() {
    if (!window.EventSource) { startPolling(); return; }
    source = new EventSource(eventsUrl);
    source.addEventListener("state", function (event) {
      feedWatchdog();
      apply(JSON.parse(event.data), false);
    });
    source.addEventListener("count", function (event) {
      feedWatchdog();
      applyCount(JSON.parse(event.data));
    });
    source.addEventListener("heartbeat", feedWatchdog);
    source.addEventListener("gone", function (event) {
      showError(JSON.parse(event.data).message);
      source.close();
    });
    source.onerror = function () {
      // CONNECTING: the stream ended on schedule and the browser reconnects by itself.
      if (source && source.readyState === EventSource.CLOSED) { fallBack(); }
    };
    feedWatchdog();
  }

  function fallBack() {
    if (source) { source.close(); source = null; }
    window.clearTimeout(watchdog);
    startPolling();
  }

  function startPolling() {
    if (polling) { return; }
    polling = true;
    root.dataset.transport = "polling";
    (function poll() {
      fetchState(marker).catch(function () { /* offline for now: keep trying */ }).then(function () {
        pollTimer = window.setTimeout(poll, pollMs);
      });
    })();
  }

  // A phone waking up or a Wi-Fi coming back: catch up at once, then try the stream again.
  function wake() {
    refresh();
    if (polling && window.EventSource) {
      window.clearTimeout(pollTimer);
      polling = false;
      delete root.dataset.transport;
      connect();
    }
  }
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { wake(); } });
  window.addEventListener("online", wake);

  // --- Buttons: teacher controls and answers, sent with fetch and the CSRF header ---

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-live-form]")) { return; }
    event.preventDefault();
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) { data.append(event.submitter.name, event.submitter.value); }
    var buttons = form.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = true; }
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf, Accept: "application/json" }
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        throw new Error("This page has expired. Reload it and try again.");
      }
      return response.json();
    }).then(function (state) {
      showError(state.error || "");
      apply(state, true);
    }).catch(function (error) {
      showError(error && error.message && error.message.indexOf("expired") !== -1
        ? error.message : "Could not reach the server. Check the connection and try again.");
      for (var j = 0; j < buttons.length; j++) { buttons[j].disabled = false; }
    });
  });

  window.setInterval(tick, 200);
  setClock(root.dataset.phase, root.dataset.paused === "true", parseInt(root.dataset.remainingMs || "0", 10));
  connect();
})();
