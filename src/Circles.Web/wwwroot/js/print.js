// The Print button of the printable safety plan (Features/SafetyPlan/Print). Without this
// script the button stays hidden and the browser's own Print command does the same.
(function () {
  "use strict";
  var button = document.querySelector("[data-print]");
  if (!button || typeof window.print !== "function") { return; }
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
