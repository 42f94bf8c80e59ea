/* unionnews search: exact-substring Chinese full-text search with no server.
 *
 * Index parts are classic scripts under search/ that call unionnewsSearch.part(name, data),
 * so this works from file:// and under any sub-path (no fetch, no modules, no WASM).
 * See src/unionnews/search/ for the file formats.  Text is only ever inserted with
 * textContent / createTextNode: nothing from an article or a query becomes markup.
 */
(function () {
  "use strict";

  var self = document.currentScript;
  var ROOT = self && self.src ? self.src.replace(/static\/search\.js(?:[?#].*)?$/, "") : "";
  var S = window.unionnewsSearch = window.unionnewsSearch || {};
  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var i = 0; i < 64; i++) DIGIT[B64.charCodeAt(i)] = i;
  var HEAD = 2, META = 1, BODY = 0, META_BASE = 1024, BODY_BASE = 2048;
  var PAGE = 10;

  // ------------------------------------------------------------ loading parts
  var parts = Object.create(null), waiting = Object.create(null);
  S.loaded = [];  // part names in load order (the benchmark reads this)
  S.part = function (name, data) {
    parts[name] = data;
    var list = waiting[name];
    delete waiting[name];
    if (list) list.forEach(function (w) { w.ok(data); });
  };

  function load(name) {
    if (name in parts) return Promise.resolve(parts[name]);
    return new Promise(function (ok, fail) {
      if (waiting[name]) { waiting[name].push({ ok: ok, fail: fail }); return; }
      waiting[name] = [{ ok: ok, fail: fail }];
      S.loaded.push(name);
      var tag = document.createElement("script");
      tag.src = ROOT + "search/" + name + ".js";
      tag.async = true;
      tag.onerror = function () {
        var list = waiting[name] || [];
        delete waiting[name];
        list.forEach(function (w) { w.fail(new Error("could not load search/" + name + ".js")); });
      };
      document.head.appendChild(tag);
    });
  }

  var manifestPromise = null;
  function manifest() {
    if (!manifestPromise) {
      manifestPromise = load("manifest").then(function (m) {
        var table = new Uint16Array(65536);
        for (var c = 0; c < 65536; c++) table[c] = c;
        var from = m.fold[0], to = m.fold[1];
        for (var k = 0; k < from.length; k++) table[from.charCodeAt(k)] = to.charCodeAt(k);
        m.foldTable = table;
        return m;
      });
    }
    return manifestPromise;
  }

  function fold(m, text) {
    var t = m.foldTable, out = "";
    for (var k = 0; k < text.length; k += 4096) {
      var chunk = [];
      var end = Math.min(text.length, k + 4096);
      for (var j = k; j < end; j++) chunk.push(t[text.charCodeAt(j)]);
      out += String.fromCharCode.apply(null, chunk);
    }
    return out;
  }

  function fnv1a(key) {
    var h = 0x811c9dc5;
    for (var k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193) >>> 0;
    return h;
  }

  function entry(m, key) {
    var shard = "s/" + (fnv1a(key) % m.shards);
    return load(shard).then(function (data) {
      var value = Object.prototype.hasOwnProperty.call(data, key) ? data[key] : "";
      if (value.charAt(0) === "!") return load("b/" + value.slice(1));
      return value;
    });
  }

  // ------------------------------------------------------------ decoding
  function Reader(text) { this.t = text; this.i = 0; }
  Reader.prototype.more = function () { return this.i < this.t.length; };
  Reader.prototype.vlq = function () {
    var value = 0, shift = 0, d;
    do {
      d = DIGIT[this.t.charCodeAt(this.i++)];
      value += (d & 31) * Math.pow(2, shift);
      shift += 5;
    } while (d & 32);
    return value;
  };
  Reader.prototype.digit = function () { return DIGIT[this.t.charCodeAt(this.i++)]; };

  /* A term's hits: ascending docs with a match count and the best zone of each. */
  function Hits(docs, counts, zones) { this.docs = docs; this.counts = counts; this.zones = zones; }

  function decodeDocList(text) {  // 1–2 unit grams: VLQ(delta − 1) + digit(zone << 4 | count)
    var r = new Reader(text), docs = [], counts = [], zones = [], doc = -1;
    while (r.more()) {
      doc += r.vlq() + 1;
      var info = r.digit();
      docs.push(doc); counts.push(info & 15); zones.push(info >> 4);
    }
    return new Hits(docs, counts, zones);
  }

  function plainDocs(text) {  // facet lists: VLQ(delta − 1)
    var r = new Reader(text), docs = [], doc = -1;
    while (r.more()) { doc += r.vlq() + 1; docs.push(doc); }
    return docs;
  }

  function decodePositions(text) {  // '#'+trigram: docs, and each doc's positions in [from[i], from[i+1])
    var r = new Reader(text), docs = [], from = [], pos = [], doc = -1, p = 0;
    while (r.more()) {
      var v = r.vlq(), step = Math.floor(v / 2);
      if (v & 1) { doc += r.vlq() + 1; docs.push(doc); from.push(pos.length); p = step; } else p += step;
      pos.push(p);
    }
    from.push(pos.length);
    return { docs: docs, from: from, pos: pos };
  }

  function zoneOf(p) { return p < META_BASE ? HEAD : p < BODY_BASE ? META : BODY; }

  function hitsFromPositions(P) {
    var counts = [], zones = [];
    for (var k = 0; k < P.docs.length; k++) {
      counts.push(P.from[k + 1] - P.from[k]);
      zones.push(zoneOf(P.pos[P.from[k]]));  // positions ascend: the first is in the best zone
    }
    return new Hits(P.docs, counts, zones);
  }

  function hasPos(P, k, value) {  // binary search in doc k's positions
    var lo = P.from[k], hi = P.from[k + 1] - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, x = P.pos[mid];
      if (x === value) return true;
      if (x < value) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  /* Docs containing the folded term, with counts: exact for any length. */
  function termHits(m, term) {
    var n = term.length;
    if (n <= 2) return entry(m, term).then(decodeDocList);
    var offsets = [];
    for (var o = 0; o + 3 <= n; o += 3) offsets.push(o);
    if (offsets[offsets.length - 1] !== n - 3) offsets.push(n - 3);
    return Promise.all(offsets.map(function (o) { return entry(m, "#" + term.substr(o, 3)); })).then(function (texts) {
      var lists = texts.map(decodePositions);
      if (lists.length === 1) return hitsFromPositions(lists[0]);
      var idx = lists.map(function () { return 0; });
      var docs = [], counts = [], zones = [];
      var first = lists[0];
      for (var a = 0; a < first.docs.length; a++) {
        var doc = first.docs[a], ok = true;
        for (var g = 1; g < lists.length && ok; g++) {  // advance each list to doc
          var L = lists[g], j = idx[g];
          while (j < L.docs.length && L.docs[j] < doc) j++;
          idx[g] = j;
          ok = j < L.docs.length && L.docs[j] === doc;
        }
        if (!ok) continue;
        var count = 0, zone = -1;
        for (var q = first.from[a]; q < first.from[a + 1]; q++) {
          var p = first.pos[q], all = true;
          for (var h = 1; h < lists.length && all; h++) all = hasPos(lists[h], idx[h], p + offsets[h]);
          if (all) { count++; if (zone < 0) zone = zoneOf(p); }
        }
        if (count) { docs.push(doc); counts.push(count); zones.push(zone); }
      }
      return new Hits(docs, counts, zones);
    });
  }

  // ------------------------------------------------------------ queries
  /* 'a b "c d" -e' → {terms: ["a","b","c d"], excluded: ["e"]} (unfolded). */
  function parse(q) {
    var terms = [], excluded = [], re = /(-?)(?:"([^"]*)"?|(\S+))/g, match;
    while ((match = re.exec(q || ""))) {
      var text = match[2] !== undefined ? match[2].replace(/\s+/g, " ").trim() : match[3];
      if (!text || text === "-") continue;
      (match[1] ? excluded : terms).push(text);
    }
    return { terms: terms, excluded: excluded };
  }
  S.parse = parse;

  var FILTERS = ["paper", "kind", "column", "people", "places", "tags"];

  function intersect(a, b) {  // ascending int arrays
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function dateRange(m, state) {  // → [firstDoc, lastDoc] or null; docs run newest first
    if (!state.from && !state.to && !state.year) return Promise.resolve(null);
    var from = state.from || "", to = state.to || "";
    if (state.year) { from = state.year + "-01-01"; to = state.year + "-12-31"; }
    from = (from + "0000-01-01".slice(from.length)).slice(0, 10);
    to = to ? (to.length === 4 ? to + "-12-31" : to.length === 7 ? to + "-31" : to) : "9999-12-31";
    return load("dates").then(function (runs) {
      var doc = 0, lo = -1, hi = -2;
      for (var k = 0; k < runs.length; k++) {
        var d = runs[k][0], n = runs[k][1];
        if (d >= from && d <= to) { if (lo < 0) lo = doc; hi = doc + n - 1; }
        doc += n;
      }
      return lo < 0 ? [1, 0] : [lo, hi];
    });
  }

  /* Run a search. state: {q, sort: "rank"|"new"|"old", paper, …, year, from, to}.
   * → {total, docs (ordered), scores, terms (folded), facetsFor(): Promise} */
  function run(state) {
    return manifest().then(function (m) {
      var parsed = parse(state.q);
      var terms = parsed.terms.map(function (t) { return fold(m, t); }).filter(Boolean);
      var excluded = parsed.excluded.map(function (t) { return fold(m, t); }).filter(Boolean);
      var filters = FILTERS.filter(function (f) { return state[f]; });
      if (!terms.length && !filters.length && !state.year && !state.from && !state.to) {
        return { total: 0, docs: [], terms: [], empty: true, manifest: m };
      }
      var jobs = [
        Promise.all(terms.map(function (t) { return termHits(m, t); })),
        Promise.all(excluded.map(function (t) { return termHits(m, t); })),
        Promise.all(filters.map(function (f) { return entry(m, m.facetPrefix + f + state[f]).then(plainDocs); })),
        dateRange(m, state),
      ];
      return Promise.all(jobs).then(function (got) {
        var hits = got[0], minus = got[1], lists = got[2], range = got[3];
        var docs = null;
        hits.forEach(function (h) { docs = docs ? intersect(docs, h.docs) : h.docs.slice(); });
        lists.forEach(function (l) { docs = docs ? intersect(docs, l) : l.slice(); });
        if (!docs) { docs = []; for (var d = 0; d < m.docs; d++) docs.push(d); }
        if (range) docs = docs.filter(function (d) { return d >= range[0] && d <= range[1]; });
        if (minus.length) {
          var out = Object.create(null);
          minus.forEach(function (h) { h.docs.forEach(function (d) { out[d] = 1; }); });
          docs = docs.filter(function (d) { return !out[d]; });
        }
        var score = new Map();
        docs.forEach(function (d) { score.set(d, 0); });
        hits.forEach(function (h) {
          for (var k = 0; k < h.docs.length; k++) {
            var doc = h.docs[k];
            if (score.has(doc)) score.set(doc, score.get(doc) + h.zones[k] * 1000 + Math.min(h.counts[k], 15));
          }
        });
        if (state.sort === "old") docs.reverse();
        else if (state.sort !== "new") {
          docs.sort(function (a, b) { return score.get(b) - score.get(a) || a - b; });
        }
        return { total: docs.length, docs: docs, score: score, terms: terms, manifest: m };
      });
    });
  }
  S.run = run;

  function records(m, docs) {
    var names = [];
    docs.forEach(function (d) {
      var name = "d/" + Math.floor(d / m.docsPerShard);
      if (names.indexOf(name) < 0) names.push(name);
    });
    return Promise.all(names.map(load)).then(function () {
      return docs.map(function (d) {
        var r = parts["d/" + Math.floor(d / m.docsPerShard)][d % m.docsPerShard];
        return { doc: d, id: r[0], title: r[1], kicker: r[2], subtitle: r[3], paper: r[4], date: r[5],
                 page: r[6], pageName: r[7], column: r[8], kind: r[9], body: r[10] };
      });
    });
  }
  S.records = records;

  /* Facet counts over a result: {facet: [[value, count], …]} most frequent first. */
  function facetCounts(m, docs) {
    var member = new Uint8Array(m.docs);
    docs.forEach(function (d) { member[d] = 1; });
    return Promise.all(FILTERS.map(function (f) { return load("f/" + f); })).then(function (all) {
      var out = {};
      FILTERS.forEach(function (f, k) {
        var rows = [];
        all[k].forEach(function (pair) {
          var n = 0;
          plainDocs(pair[1]).forEach(function (d) { n += member[d]; });
          if (n) rows.push([pair[0], n]);
        });
        rows.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
        out[f] = rows;
      });
      var years = [];
      m.years.forEach(function (y) {
        var n = 0;
        docs.forEach(function (d) { if (d >= y[1] && d < y[1] + y[2]) n++; });
        if (n) years.push([String(y[0]), n]);
      });
      out.year = years;
      return out;
    });
  }
  S.facetCounts = facetCounts;

  /* Ranges [start, end) in text where any folded term occurs (text folded first). */
  function matches(m, text, terms) {
    var folded = fold(m, text), ranges = [];
    terms.forEach(function (t) {
      for (var at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) ranges.push([at, at + t.length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }
  S.matches = matches;

  if (typeof document === "undefined" || !document.addEventListener) return;

  // ------------------------------------------------------------ the page
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function highlighted(tag, cls, text, ranges, from, to) {
    var e = el(tag, cls);
    from = from || 0; to = to === undefined ? text.length : to;
    var at = from;
    ranges.forEach(function (r) {
      var a = Math.max(r[0], from), b = Math.min(r[1], to);
      if (b <= a) return;
      if (a > at) e.appendChild(document.createTextNode(text.slice(at, a)));
      e.appendChild(el("mark", null, text.slice(a, b)));
      at = b;
    });
    if (at < to) e.appendChild(document.createTextNode(text.slice(at, to)));
    return e;
  }

  function snippet(m, body, terms) {
    var ranges = terms.length ? matches(m, body, terms) : [];
    var start = 0, end = Math.min(body.length, 110);
    if (ranges.length) {
      start = Math.max(0, ranges[0][0] - 30);
      end = Math.min(body.length, start + 110);
    }
    var p = highlighted("p", "snippet", body, ranges, start, end);
    if (start > 0) p.insertBefore(document.createTextNode("…"), p.firstChild);
    if (end < body.length) p.appendChild(document.createTextNode("…"));
    return p;
  }

  function readState() {
    var params = new URLSearchParams(location.search), state = {};
    ["q", "sort", "year", "from", "to"].concat(FILTERS).forEach(function (k) {
      var v = params.get(k);
      if (v) state[k] = v;
    });
    return state;
  }

  function stateUrl(state) {
    var params = new URLSearchParams();
    ["q"].concat(FILTERS, ["year", "from", "to", "sort"]).forEach(function (k) {
      if (state[k]) params.set(k, state[k]);
    });
    var text = params.toString();
    return location.pathname + (text ? "?" + text : "");
  }

  var KIND_LABELS = { news: "消息", feature: "通讯", brief: "简讯", photo: "图片", continuation: "转版",
                      notice: "公告", commentary: "评论" };

  function App(box) {
    this.box = box;
    this.input = document.getElementById("q");
    this.status = box.querySelector("#search-status");
    this.list = box.querySelector("#search-results");
    this.facets = box.querySelector("#search-facets");
    this.more = box.querySelector("#search-more");
    this.sort = box.querySelector("#search-sort");
    this.seq = 0;
    this.active = -1;
    this.state = readState();
    this.bind();
    this.show();
  }

  App.prototype.bind = function () {
    var app = this, timer = null;
    app.input.value = app.state.q || "";
    app.input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        app.state.q = app.input.value;
        history.replaceState(null, "", stateUrl(app.state));
        app.show();
      }, 120);
    });
    app.input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (app.active >= 0) { app.open(app.active); return; }
      clearTimeout(timer);
      app.state.q = app.input.value;
      history.pushState(null, "", stateUrl(app.state));
      app.show();
    });
    app.input.addEventListener("keydown", function (event) {
      var items = app.list.children;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!items.length) return;
        event.preventDefault();
        var next = app.active + (event.key === "ArrowDown" ? 1 : -1);
        app.select(Math.max(-1, Math.min(items.length - 1, next)));
      } else if (event.key === "Escape") {
        app.select(-1);
      }
    });
    if (app.sort) {
      app.sort.value = app.state.sort || "rank";
      app.sort.addEventListener("change", function () {
        app.state.sort = app.sort.value === "rank" ? "" : app.sort.value;
        history.pushState(null, "", stateUrl(app.state));
        app.show();
      });
    }
    app.more.addEventListener("click", function () { app.page(); });
    app.facets.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[data-facet]") : null;
      if (!link) return;
      event.preventDefault();
      var facet = link.getAttribute("data-facet"), value = link.getAttribute("data-value");
      app.state[facet] = app.state[facet] === value ? "" : value;
      if (facet === "year") { app.state.from = ""; app.state.to = ""; }
      history.pushState(null, "", stateUrl(app.state));
      app.show();
    });
    var range = app.box.querySelector("#search-range");
    if (range) {
      range.from.value = app.state.from || "";
      range.to.value = app.state.to || "";
      range.addEventListener("submit", function (event) {
        event.preventDefault();
        app.state.from = range.from.value.trim();
        app.state.to = range.to.value.trim();
        app.state.year = "";
        history.pushState(null, "", stateUrl(app.state));
        app.show();
      });
    }
    window.addEventListener("popstate", function () {
      app.state = readState();
      app.input.value = app.state.q || "";
      if (app.sort) app.sort.value = app.state.sort || "rank";
      if (range) { range.from.value = app.state.from || ""; range.to.value = app.state.to || ""; }
      app.show();
    });
  };

  App.prototype.select = function (index) {
    var items = this.list.children;
    if (this.active >= 0 && items[this.active]) items[this.active].classList.remove("active");
    this.active = index;
    if (index >= 0 && items[index]) {
      items[index].classList.add("active");
      items[index].scrollIntoView({ block: "nearest" });
    }
  };

  App.prototype.open = function (index) {
    var link = this.list.children[index] && this.list.children[index].querySelector("a.headline");
    if (link) location.href = link.href;
  };

  App.prototype.show = function () {
    var app = this, seq = ++app.seq, started = performance.now();
    app.active = -1;
    return run(app.state).then(function (result) {
      if (seq !== app.seq) return;
      app.result = result;
      app.shown = 0;
      if (result.empty) {
        app.list.textContent = "";
        app.facets.textContent = "";
        app.more.hidden = true;
        app.status.textContent = "输入要查找的文字：多个词用空格分开，\"引号\"内按原文查找，-词 排除。";
        app.box.setAttribute("data-state", "idle");
        return;
      }
      app.status.textContent = result.total ? "共 " + result.total + " 条结果" : "没有找到结果";
      return app.page(true).then(function () {
        if (seq !== app.seq) return;
        app.box.setAttribute("data-state", "done");
        app.box.setAttribute("data-q", app.state.q || "");
        app.box.setAttribute("data-parts", String(S.loaded.length));
        app.box.setAttribute("data-ms", String(Math.round(performance.now() - started)));
        return facetCounts(result.manifest, result.docs).then(function (counts) {
          if (seq === app.seq) app.drawFacets(counts);
        });
      });
    }).catch(function (error) {
      if (seq !== app.seq) return;
      app.status.textContent = "搜索出错：" + error.message;
      app.box.setAttribute("data-state", "error");
    });
  };

  App.prototype.page = function (fresh) {
    var app = this, result = app.result, seq = app.seq;
    var docs = result.docs.slice(app.shown, app.shown + PAGE);
    return records(result.manifest, docs).then(function (recs) {
      if (seq !== app.seq) return;
      if (fresh) app.list.textContent = "";
      recs.forEach(function (r) { app.list.appendChild(app.item(result, r)); });
      app.shown += recs.length;
      app.more.hidden = app.shown >= result.total;
    });
  };

  App.prototype.item = function (result, r) {
    var m = result.manifest, terms = result.terms;
    var li = el("li", "item result");
    if (r.kicker) li.appendChild(highlighted("span", "kicker", r.kicker, matches(m, r.kicker, terms)));
    var a = highlighted("a", "headline", r.title, matches(m, r.title, terms));
    a.href = ROOT + "article/" + r.id + ".html";
    li.appendChild(a);
    if (r.subtitle) li.appendChild(highlighted("span", "subtitle", r.subtitle, matches(m, r.subtitle, terms)));
    var d = r.date.split("-");
    var meta = [r.paper, +d[0] + "年" + +d[1] + "月" + +d[2] + "日"];
    if (r.page) meta.push("第" + r.page + "版" + (r.pageName ? "（" + r.pageName + "）" : ""));
    if (r.column) meta.push(r.column);
    li.appendChild(el("span", "meta", meta.join(" · ")));
    li.appendChild(snippet(m, r.body, terms));
    return li;
  };

  App.prototype.drawFacets = function (counts) {
    var app = this, box = app.facets, m = app.result.manifest;
    box.textContent = "";
    var groups = [["year", "年份"]].concat(m.facets.map(function (f) { return [f.code, f.label]; }));
    groups.forEach(function (g) {
      var rows = counts[g[0]] || [], chosen = app.state[g[0]];
      if (!rows.length) return;
      var section = el("section", "facet");
      section.appendChild(el("h2", null, g[1]));
      var ul = el("ul");
      var top = g[0] === "year" ? rows : rows.slice(0, 8);
      if (chosen && !top.some(function (r) { return r[0] === chosen; })) {
        top = top.concat(rows.filter(function (r) { return r[0] === chosen; }));
      }
      top.forEach(function (row) {
        var li = el("li");
        var link = el("a", row[0] === chosen ? "chosen" : null,
                      g[0] === "kind" ? (KIND_LABELS[row[0]] || row[0]) : row[0]);
        var next = Object.assign({}, app.state);
        next[g[0]] = row[0] === chosen ? "" : row[0];
        link.href = stateUrl(next);
        link.setAttribute("data-facet", g[0]);
        link.setAttribute("data-value", row[0]);
        if (row[0] === chosen) link.setAttribute("aria-current", "true");
        li.appendChild(link);
        li.appendChild(el("span", "count", " " + row[1]));
        ul.appendChild(li);
      });
      section.appendChild(ul);
      box.appendChild(section);
    });
  };

  function start() {
    var input = document.getElementById("q");
    document.addEventListener("keydown", function (event) {
      var target = event.target, tag = target && target.tagName;
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
      if (!input) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
    var box = document.getElementById("search-app");
    if (box && input) S.app = new App(box);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
