/* unionnews service worker: keeps what a reader has visited, and issues they save, for reading offline.
   Pages: network first, falling back to the copy kept. CSS/JS and search index: kept copy first, refreshed
   in the background. Only used over http(s); from disk (file://) the site needs no worker. */
"use strict";
var CACHE = "unionnews-v2";
/* What any page needs, kept at install, so the first page visited already works offline styled and
   searchable: the stylesheet, scripts, search page and search files (the build fills the list in). */
var PRECACHE = [/* filled in by the build */];

self.addEventListener("install", function (event) {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(["404.html"].concat(PRECACHE).map(function (u) {
      return cache.add(new URL(u, self.registration.scope).href).catch(function () { return null; });
    }));
  }));
});

/* A page neither online nor kept: the 404 page with its offline notice instead of the 404 text. Its
   links are written from base_url's path (GitHub serves 404.html at any depth); they are pointed at
   where this worker really serves the site, which differs when base_url is only the placeholder. */
function offlinePage() {
  var scope = new URL(self.registration.scope).pathname;
  return caches.match(new URL("404.html", self.registration.scope).href).then(function (hit) {
    if (!hit) return Response.error();
    return hit.text().then(function (text) {
      var base = (text.match(/href="([^"]*)static\/style\.css"/) || [null, scope])[1];
      var note = (text.match(/<template class="offline-note">([\s\S]*?)<\/template>/) || [null, ""])[1];
      text = text.replace(/<template class="offline-note">[\s\S]*?<\/template>/, "")
                 .replace(/<div class="not-found">[\s\S]*?<\/div>/, function () { return note; })
                 .split('="' + base).join('="' + scope);
      return new Response(text, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
    });
  });
}
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
        return hit || offlinePage();
      });
    }));
  } else {
    event.respondWith(caches.match(request).then(function (hit) {
      var fresh = fetch(request).then(function (r) { return keep(request, r); });
      return hit || fresh;
    }));
  }
});

/* {save: [url, …]} from a page: fetch and keep them all (an issue with its pages, articles and search
   files); the reply says how many were kept and which were not ({saved, failed: [url, …]}). */
self.addEventListener("message", function (event) {
  var urls = event.data && event.data.save;
  if (!urls) return;
  var failed = [];
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(urls.map(function (u) { return cache.add(u).catch(function () { failed.push(u); }); }));
  }).then(function () {
    if (event.source) event.source.postMessage({ saved: urls.length - failed.length, failed: failed });
  }));
});
