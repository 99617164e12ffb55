// Quick exit (SEC-1, SEC-2). The exit link works without this script; with it, leaving
// replaces the current history entry so that Back does not return to Circles, and pressing
// Shift three times (each press within 5 seconds of the last) leaves from anywhere.
// A press counts when Shift is released without any other key having been pressed while it
// was held, so typing a capital letter or Shift+Tab never counts, even as the third press.
(function () {
  "use strict";
  var EXIT_URL = "/exit";
  var PRESSES_NEEDED = 3;
  var WINDOW_MS = 5000;
  var presses = 0;
  var timer = null;
  var shiftHeld = false;
  var shiftCombined = false;

  function leave(event) {
    if (event) { event.preventDefault(); }
    try { window.sessionStorage.clear(); window.localStorage.clear(); } catch (e) { /* storage may be blocked */ }
    document.body.hidden = true; // hide the page at once, before the network answers
    window.location.replace(EXIT_URL);
  }

  function reset() {
    presses = 0;
    if (timer) { clearTimeout(timer); timer = null; }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (link) { leave(event); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      if (!event.repeat) {
        shiftHeld = true;
        shiftCombined = false;
      }
      return;
    }
    // Any other key starts the count again; pressed while Shift is held, it also means that
    // this Shift is part of a combination and will not count when it is released.
    if (shiftHeld) { shiftCombined = true; }
    reset();
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { return; }
    var combined = shiftCombined;
    shiftHeld = false;
    shiftCombined = false;
    if (combined) { return; }
    presses += 1;
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(reset, WINDOW_MS);
    if (presses >= PRESSES_NEEDED) {
      reset();
      leave();
    }
  });
})();
