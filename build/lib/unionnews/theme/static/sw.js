/* unionnews service worker: keeps what a reader has visited, and issues they save, for reading offline.
   Pages: network first, falling back to the copy kept. CSS/JS and search index: kept copy first, refreshed
   in the background. Only used over http(s); from disk (file://) the site needs no worker. */
"use strict";
var CACHE = "unionnews-v1";

self.addEventListener("install", function (event) {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll([new URL("404.html", self.registration.scope).href]).catch(function () { return null; });
  }));
});
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

function keep(request, response) {
  if (response && response.ok && response.type === "basic") {
    var copy = response.clone();
    caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
  }
  return response;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  var isPage = request.mode === "navigate" || /\.html$|\/$/.test(new URL(request.url).pathname);
  if (isPage) {
    event.respondWith(fetch(request).then(function (r) { return keep(request, r); }).catch(function () {
      return caches.match(request, { ignoreSearch: true }).then(function (hit) {
        return hit || caches.match(new URL("404.html", self.registration.scope).href);
      });
    }));
  } else {
    event.respondWith(caches.match(request).then(function (hit) {
      var fresh = fetch(request).then(function (r) { return keep(request, r); });
      return hit || fresh;
    }));
  }
});

/* {save: [url, …]} from a page: fetch and keep them all (an issue with its pages and articles). */
self.addEventListener("message", function (event) {
  var urls = event.data && event.data.save;
  if (!urls) return;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(urls.map(function (u) { return cache.add(u).catch(function () { return null; }); }));
  }).then(function () {
    if (event.source) event.source.postMessage({ saved: urls.length });
  }));
});
