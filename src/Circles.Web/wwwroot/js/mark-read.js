// Marks a discussion thread or a conversation read once the reader can see it (SEC-22: opening
// a page by GET changes nothing, so marking read is a POST with the page's anti-forgery token).
// It posts the page's own "Mark as read" form, which works without this script; again after
// live updates (live.js) bring new posts or messages; never while the tab is hidden, so a
// page left open in the background sends no read receipt.
(function () {
  "use strict";
  var form = document.querySelector("form[data-mark-read]");
  if (!form || typeof fetch === "undefined" || typeof FormData === "undefined") { return; }

  var sending = false;
  var wanted = false;

  function markRead() {
    wanted = true;
    if (sending || document.visibilityState !== "visible") { return; }
    sending = true;
    wanted = false;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      cache: "no-store",
      headers: { "X-Requested-With": "mark-read" }
    })
      .then(function (response) {
        if (response.ok) { form.setAttribute("data-marked-read", "true"); }
      })
      .catch(function () { /* the button still works */ })
      .then(function () {
        sending = false;
        if (wanted) { markRead(); }
      });
  }

  document.addEventListener("visibilitychange", function () {
    if (wanted && document.visibilityState === "visible") { markRead(); }
  });
  document.addEventListener("live:updated", markRead);

  // The unread badges learn the new counts over the live connection: marking read before it is
  // open would leave them showing what was just read. Wait for it, but not for ever (plain pages
  // and a connection that fails still mark read).
  var live = document.body.hasAttribute("data-live") && typeof signalR !== "undefined";
  if (live && document.body.getAttribute("data-live-connected") !== "true") {
    var started = false;
    var start = function () { if (!started) { started = true; markRead(); } };
    document.addEventListener("live:connected", start);
    setTimeout(start, 5000);
  } else {
    markRead();
  }
})();
