/* The script every page loads at the end of its body (one <script> tag on every page).

   First, search.js (the search page, and the / key that jumps to the search box on every page), loaded
   from here rather than by a second tag: a tag repeated on a hundred thousand pages is megabytes. It
   runs once it has loaded; what it finds in the page is there by then (search.js waits for the page
   itself when it is still loading). */
(function () {
  "use strict";
  var script = document.createElement("script");
  script.src = new URL("search.js", document.currentScript.src).href;
  document.body.appendChild(script);
})();

/* Then the article page's 复制 button: copies the reference (GB/T 7714, cite.py) as plain text. The
   reference is the article footer's last paragraph from after 引用： to its <br> (article.html: no
   wrapper around it). Made here, after the reference (a button that does nothing without this script is
   not in the page's HTML); from disk (file://) too, where the clipboard API may be refused: then the
   reference is selected and copied the old way, or left selected for the reader to copy. */
(function () {
  "use strict";
  var cite = document.querySelector("article > footer > p:last-child");
  var first = cite && cite.firstChild, br = cite && cite.querySelector("br");
  if (!br || !first || first.nodeType !== 3 || first.data.indexOf("引用：") !== 0) return;
  var range = document.createRange();
  range.setStart(first, "引用：".length);
  range.setEndBefore(br);
  var text = range.toString();
  var button = document.createElement("button");
  button.className = "copy";
  button.textContent = "复制";
  br.before(" ", button);
  function done(ok) {
    button.textContent = ok ? "已复制" : "已选中，请按 Ctrl+C 复制";
    setTimeout(function () { button.textContent = "复制"; }, 3000);
  }
  function fallback() {
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    done(ok);
  }
  button.addEventListener("click", function () {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  });
})();

/* Then offline reading on GitHub Pages / any http(s) host: registers the service worker and the web app
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

  /* The issue's pages (this one, the search page, every page it links to) and what searching its
     articles offline needs: their search records and the records dictionary (search.js works out which
     files, issueSearchFiles; CSS, JS and the global search files sw.js keeps at install).  Once the
     worker has kept them all, search.js notes the issue, and offline it searches the saved issues. */
  function saveIssue(button) {
    var issue = location.href.split("#")[0];
    var pages = [issue, new URL("search.html", root).href];
    document.querySelectorAll("main a[href]").forEach(function (a) {
      var u = new URL(a.getAttribute("href"), location.href);
      if (u.origin === location.origin && /\.html$/.test(u.pathname) && pages.indexOf(u.href) < 0) pages.push(u.href);
    });
    button.disabled = true;
    button.textContent = "正在保存…";
    var search = window.unionnewsSearch, time = document.querySelector("main h1 time[datetime]");
    var searchable = search && search.issueSearchFiles && time
      ? search.issueSearchFiles(time.getAttribute("datetime"), pages).catch(function () { return null; })
      : Promise.resolve(null);  // no search index on this site: the pages are saved all the same
    Promise.all([navigator.serviceWorker.ready, searchable]).then(function (got) {
      var reg = got[0], found = got[1];
      navigator.serviceWorker.addEventListener("message", function (e) {
        if (!e.data || typeof e.data.saved !== "number") return;
        var failed = e.data.failed || [];
        var searchKept = found && found.files.every(function (u) { return failed.indexOf(u) < 0; }) &&
          search.rememberSavedIssue({ url: issue, date: time.getAttribute("datetime"), docs: found.docs,
                                      articles: found.articles });
        var kept = pages.filter(function (u) { return failed.indexOf(u) < 0; }).length;
        button.textContent = "已保存本期 " + kept + " 个页面，可离线阅读" + (searchKept ? "和搜索" : "") +
          (failed.length ? "（" + failed.length + " 个文件没有存下，联网后可再保存）" : "");
        button.dataset.saved = String(kept);
        if (searchKept) button.dataset.searchable = String(found.articles.length);
      });
      reg.active.postMessage({ save: pages.concat(found ? found.files : []) });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var strip = document.querySelector("main ol[aria-label=版面]");  // an issue page: its 版面 strip
    if (!strip) return;
    // Offered only once the worker that saves the issue is registered: made then, above the strip.
    registered.then(function () {
      var p = document.createElement("p"), button = document.createElement("button");
      button.className = "save-issue";
      button.setAttribute("data-save-issue", "");
      button.textContent = "保存本期，离线阅读";
      p.appendChild(button);
      strip.before(p);
      button.addEventListener("click", function () { saveIssue(button); });
    }, function () { /* no button */ });
  });
})();
