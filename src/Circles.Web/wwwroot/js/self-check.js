// The self-check of the public pages (Features/PublicSite/SelfCheck). Answers are counted here,
// in the page, and nowhere else: nothing is sent, nothing is stored (no cookies, no storage).
// Without this script the page shows both result texts below the questions.
(function () {
  "use strict";
  var root = document.querySelector("[data-self-check]");
  var results = document.querySelector("[data-self-check-results]");
  var button = document.querySelector("[data-self-check-show]");
  if (!root || !results || !button) { return; }
  var blocks = results.querySelectorAll("[data-result]");
  var heading = results.querySelector("h2");

  function showOnly(which) {
    results.hidden = which === null;
    for (var i = 0; i < blocks.length; i++) {
      blocks[i].hidden = blocks[i].getAttribute("data-result") !== which;
    }
  }

  button.hidden = false;
  showOnly(null);

  button.addEventListener("click", function () {
    var anyYes = root.querySelector("input[data-answer='yes']:checked") !== null;
    showOnly(anyYes ? "some" : "none");
    if (heading) { heading.focus(); }
  });
  root.addEventListener("change", function () { showOnly(null); });
})();
