/* Offline reading on GitHub Pages / any http(s) host: registers the service worker and the web app
   manifest, and lets a reader save a whole issue. Does nothing from disk (file://), where every page
   already works without a network. */
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  var script = document.currentScript;
  var root = new URL("../", script.src);  // this file is static/offline.js
  var link = document.createElement("link");
  link.rel = "manifest";
  link.href = new URL("manifest.webmanifest", root).href;
  document.head.appendChild(link);
  var registered = navigator.serviceWorker.register(new URL("sw.js", root).href);
  registered.catch(function () { /* private mode, or no sw.js (inside a ZIM: Kiwix is the offline reader) */ });

  function saveIssue(button) {
    var urls = [location.href.split("#")[0], new URL("search.html", root).href];  // CSS, JS, search files: sw.js keeps them
    document.querySelectorAll("main a[href]").forEach(function (a) {
      var u = new URL(a.getAttribute("href"), location.href);
      if (u.origin === location.origin && /\.html$/.test(u.pathname)) urls.push(u.href);
    });
    button.disabled = true;
    button.textContent = "正在保存…";
    navigator.serviceWorker.ready.then(function (reg) {
      navigator.serviceWorker.addEventListener("message", function (e) {
        if (e.data && e.data.saved) {
          button.textContent = "已保存本期 " + e.data.saved + " 个页面，可离线阅读";
          button.dataset.saved = String(e.data.saved);
        }
      });
      reg.active.postMessage({ save: urls });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector("[data-save-issue]");
    if (!button) return;
    // Offered only once the worker that saves the issue is registered.
    registered.then(function () {
      button.hidden = false;
      button.addEventListener("click", function () { saveIssue(button); });
    }, function () { /* stays hidden */ });
  });
})();
