// Idle sign-out (SEC-16). The server ends an idle session on its own; this script only warns
// one minute before, offers to stay, and leaves the page once the time is up so that nothing
// stays on screen.
(function () {
  "use strict";
  var idleSeconds = parseInt(document.body.getAttribute("data-idle-seconds"), 10);
  if (!idleSeconds || idleSeconds < 90) { return; }
  var dialog = document.getElementById("idle-warning");
  var warnTimer = null;
  var endTimer = null;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(warn, (idleSeconds - 60) * 1000);
    endTimer = setTimeout(end, idleSeconds * 1000);
  }

  function warn() {
    if (dialog && typeof dialog.showModal === "function" && !dialog.open) { dialog.showModal(); }
  }

  function end() {
    window.location.replace("/account/signin?timedOut=true");
  }

  var stay = document.getElementById("idle-stay");
  if (stay) {
    stay.addEventListener("click", function () {
      fetch("/account/keep-alive", { credentials: "same-origin", cache: "no-store" }).then(function (response) {
        if (response.ok) {
          if (dialog && dialog.open) { dialog.close(); }
          schedule();
        } else {
          end();
        }
      }, end);
    });
  }
  schedule();
})();
