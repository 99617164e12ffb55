// Live updates (issue 5). Pages work without this script: it only saves a reload.
// The server sends a topic when something changes; a region that shows that topic
// (data-live-topic="match:…", data-live-src="<url of its fragment>") fetches its new
// content from the server, where every access rule applies. Unread counts update
// the [data-live-unread] badges. No content ever travels over the connection.
(function () {
  "use strict";
  if (typeof signalR === "undefined" || !document.body.hasAttribute("data-live")) { return; }

  var connection = new signalR.HubConnectionBuilder()
    .withUrl("/live")
    .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
    .configureLogging(signalR.LogLevel.None)
    .build();

  function refresh(region) {
    var source = region.getAttribute("data-live-src");
    if (!source) { return; }
    fetch(source, { credentials: "same-origin", cache: "no-store", headers: { "X-Requested-With": "live" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        var atBottom = region.scrollTop + region.clientHeight >= region.scrollHeight - 8;
        region.innerHTML = html;
        if (atBottom || region.hasAttribute("data-live-stick-bottom")) { region.scrollTop = region.scrollHeight; }
        region.dispatchEvent(new CustomEvent("live:updated", { bubbles: true }));
      })
      .catch(function () { /* the next change or a reload will catch up */ });
  }

  connection.on("changed", function (topic) {
    document.querySelectorAll("[data-live-topic]").forEach(function (region) {
      var topics = (region.getAttribute("data-live-topic") || "").split(" ");
      if (topics.indexOf(topic) >= 0) { refresh(region); }
    });
  });

  connection.on("unread", function (counts) {
    document.querySelectorAll("[data-live-unread]").forEach(function (badge) {
      var kind = badge.getAttribute("data-live-unread");
      var value = kind === "messages" ? counts.messages : counts.notifications;
      badge.textContent = value > 0 ? String(value) : "";
      badge.hidden = !(value > 0);
    });
  });

  // Regions refresh after a reconnect too: something may have changed while offline.
  connection.onreconnected(function () {
    document.querySelectorAll("[data-live-topic]").forEach(refresh);
  });

  connection.start().then(function () {
    document.body.setAttribute("data-live-connected", "true");
    document.dispatchEvent(new CustomEvent("live:connected"));
  }).catch(function () { /* plain pages still work */ });
})();
