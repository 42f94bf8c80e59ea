/* Part of search.js (unionnews.theme.script joins the parts): the search page, where there is a document. */

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
  this.panelOpen = false;
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
    }, 20);
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

App.prototype.count = function () {
  var r = this.result;
  return r.total ? (r.pending ? "约 " : "共 ") + r.total + " 条结果" : "没有找到结果";
};

App.prototype.show = function () {
  var app = this, seq = ++app.seq, started = performance.now();
  app.active = -1;
  return run(app.state).then(function (result) {
    if (seq !== app.seq) return;
    app.result = result;
    app.shown = 0;
    if (result.empty) {
      app.none({ total: 1 });
      app.list.textContent = "";
      app.facets.textContent = "";
      app.more.hidden = true;
      app.status.textContent = "输入要查找的文字：多个词用空格分开，“引号”内按原文查找，-词 排除。";
      app.box.setAttribute("data-state", "idle");
      return;
    }
    return app.page(true).then(function () {
      if (seq !== app.seq) return;
      app.box.setAttribute("data-state", "done");
      app.box.setAttribute("data-q", app.state.q || "");
      app.box.setAttribute("data-parts", String(S.loaded.length));
      app.box.setAttribute("data-total", String(result.total));
      app.box.setAttribute("data-ms", String(Math.round(performance.now() - started)));
      app.box.setAttribute("data-done-at", String(performance.now()));
      return cheapCounts(result.manifest, result.docs).then(function (counts) {
        if (seq !== app.seq) return;
        app.counts = counts;
        app.drawFacets();
        app.box.setAttribute("data-counts", "cheap");
        if (app.panelOpen) return app.loadListed(seq);
      });
    });
  }).catch(function (error) {
    if (seq !== app.seq) return;
    if (showSaved(app, seq, error)) return;  // offline: the saved issues are searched instead
    // a part that did not load: offline (a saved copy has only the files searched before), or a site copied in part
    app.status.textContent = navigator.onLine === false || /^could not load /.test(error.message)
      ? "现在离线，或检索文件不全：这次搜索要用的文件没有存在本机。联网后再试；看过的页面和保存的报纸仍可阅读。"
      : "搜索出错：" + error.message;
    app.box.setAttribute("data-state", "error");
  });
};

App.prototype.loadListed = function (seq) {
  var app = this, result = app.result;
  return listedCounts(result.manifest, result.docs).then(function (counts) {
    if (seq !== app.seq) return;
    Object.assign(app.counts, counts);
    app.drawFacets();
    app.box.setAttribute("data-counts", "all");
  });
};

/* The next page of results.  The first page is drawn in two steps, its first FIRST results as
 * soon as their records arrive (all ten are requested at once), so results appear sooner. */
App.prototype.page = function (fresh) {
  var app = this, result = app.result, seq = app.seq, start = app.shown, pendingBefore = result.pending;
  var head = fresh && !result.pending ? FIRST : PAGE;
  var rest = head < PAGE ? page(result, start + head, PAGE - head) : null;
  function draw(recs) {
    if (seq !== app.seq) return;
    if (fresh && app.shown === start) {
      app.list.textContent = "";
      app.box.setAttribute("data-first-at", String(performance.now()));
    }
    var wasPending = pendingBefore && !fresh;
    recs.forEach(function (r) { app.list.appendChild(app.item(result, r)); });
    app.shown += recs.length;
    app.more.hidden = app.shown >= result.total;
    app.status.textContent = app.count();
    app.none(result);
    if (wasPending && !result.pending) {  // the last candidate is checked: the counts are exact now
      cheapCounts(result.manifest, result.docs).then(function (counts) {
        if (seq !== app.seq) return;
        app.counts = Object.assign(app.counts || {}, counts);
        app.drawFacets();
      });
    }
  }
  return page(result, start, head).then(draw).then(function () { return rest && rest.then(draw); });
};

/* No results: the query repeated, and ways on (one term at a time, shorter words, no filters, the indexes). */
App.prototype.none = function (result) {
  var old = this.box.querySelector(".search-none");
  if (old) old.remove();
  if (result.total) return;
  var app = this, q = app.state.q || "", parsed = parse(q), box = el("div", "search-none");
  box.appendChild(el("p", null, q ? "没有找到含有“" + q + "”的文章。可以试试：" : "没有符合这些条件的文章。可以试试："));
  var ul = el("ul");
  function offer(text, next) {
    var li = el("li"), a = el("a", null, text);
    a.href = stateUrl(next);
    a.addEventListener("click", function (event) {
      event.preventDefault();
      app.state = next;
      app.input.value = next.q || "";
      history.pushState(null, "", stateUrl(next));
      app.show();
    });
    li.appendChild(a);
    ul.appendChild(li);
  }
  if (parsed.terms.length > 1) {
    parsed.terms.forEach(function (t) { offer("只搜“" + t + "”", Object.assign({}, app.state, { q: t })); });
  } else if (parsed.terms.length === 1 && parsed.terms[0].length > 4) {
    var t = parsed.terms[0];
    offer("搜较短的“" + t.slice(0, 4) + "”", Object.assign({}, app.state, { q: t.slice(0, 4) }));
  }
  var filtered = FILTERS.concat(["year", "from", "to"]).filter(function (f) { return app.state[f]; });
  if (filtered.length) {
    var plain = { q: app.state.q, sort: app.state.sort };
    offer("去掉筛选条件，在全部文章中搜索", plain);
  }
  if (parsed.excluded.length) offer("不排除任何词", Object.assign({}, app.state, { q: parsed.terms.join(" ") }));
  [["date/index.html", "按日期浏览往期"], ["figures/index.html", "新闻人物索引"], ["tags/index.html", "标签索引"]].forEach(function (l) {
    var li = el("li"), a = el("a", null, l[1]);
    a.href = ROOT + l[0];
    li.appendChild(a);
    ul.appendChild(li);
  });
  box.appendChild(ul);
  box.appendChild(el("p", "count", "提示：检索按原文逐字查找，繁体、简体都能查到；词与词之间用空格分开。"));
  app.status.parentNode.insertBefore(box, app.status.nextSibling);
};

App.prototype.item = function (result, r) {
  var m = result.manifest, terms = result.terms;
  var li = el("li", "item result");
  if (r.kicker) li.appendChild(highlighted("span", "kicker", r.kicker, matches(m, r.kicker, terms)));
  var a = highlighted("a", "headline", r.title, matches(m, r.title, terms));
  a.href = ROOT + r.url;
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

App.prototype.group = function (code, label, rows) {
  var app = this, chosen = app.state[code];
  if (chosen && !rows.some(function (r) { return r[0] === chosen; })) rows = rows.concat([[chosen, null]]);
  if (!rows.length) return null;
  var section = el("section", "facet");
  section.appendChild(el("h2", null, label));
  var ul = el("ul");
  var top = code === "year" ? rows : rows.slice(0, 8);
  if (chosen && !top.some(function (r) { return r[0] === chosen; })) {
    top = top.concat(rows.filter(function (r) { return r[0] === chosen; }));
  }
  top.forEach(function (row) {
    var li = el("li");
    var link = el("a", row[0] === chosen ? "chosen" : null, code === "kind" ? (KIND_LABELS[row[0]] || row[0]) : row[0]);
    var next = Object.assign({}, app.state);
    next[code] = row[0] === chosen ? "" : row[0];
    link.href = stateUrl(next);
    link.setAttribute("data-facet", code);
    link.setAttribute("data-value", row[0]);
    if (row[0] === chosen) link.setAttribute("aria-current", "true");
    li.appendChild(link);
    // counts over candidates not all checked yet are estimates: said so (约), exact once every one is checked
    if (row[1] !== null) li.appendChild(el("span", "count", (app.result.pending ? " 约" : " ") + row[1]));
    ul.appendChild(li);
  });
  section.appendChild(ul);
  return section;
};

App.prototype.drawFacets = function () {
  var app = this, box = app.facets, m = app.result.manifest, counts = app.counts || {};
  var label = {};
  m.facets.forEach(function (f) { label[f.code] = f.label; });
  box.textContent = "";
  [["year", "年份"], ["paper", label.paper], ["kind", label.kind]].forEach(function (g) {
    var section = app.group(g[0], g[1], counts[g[0]] || []);
    if (section) box.appendChild(section);
  });
  var more = el("details", "facet-more");
  more.open = app.panelOpen;
  more.appendChild(el("summary", null, LISTED.map(function (f) { return label[f]; }).join("、")));
  if (!counts.people) {
    LISTED.forEach(function (f) {
      var section = app.state[f] ? app.group(f, label[f], []) : null;
      if (section) box.appendChild(section);
    });
    if (app.panelOpen) more.appendChild(el("p", "count", "正在统计……"));
  } else {
    LISTED.forEach(function (f) {
      var section = app.group(f, label[f], counts[f] || []);
      if (section) more.appendChild(section);
    });
  }
  more.addEventListener("toggle", function () {
    if (more.open === app.panelOpen) return;
    app.panelOpen = more.open;
    if (app.panelOpen && !(app.counts && app.counts.people)) {
      more.appendChild(el("p", "count", "正在统计……"));
      app.loadListed(app.seq);
    }
  });
  box.appendChild(more);
};

/* Offline (or the index's files missing): search the issues saved with 保存本期 instead (searchSaved),
 * saying plainly that only they were searched.  → false, leaving the error to the caller, when the
 * failure is not a file that did not load or no issue is saved. */
function showSaved(app, seq, error) {
  var offline = navigator.onLine === false;
  if (!offline && !/^could not load /.test(error.message)) return false;
  var search = searchSaved(app.state);
  if (!search) return false;
  var where = offline ? "离线：" : "检索文件没能载入：";
  search.then(function (found) {
    if (seq !== app.seq) return;
    if (!found.offline) throw new Error("保存过的各期已不在本机");  // the browser dropped the saved files
    var old = app.box.querySelector(".search-none");
    if (old) old.remove();
    app.result = { manifest: found.manifest, terms: found.terms, docs: [], total: found.total, pending: false };
    app.list.textContent = "";
    found.records.forEach(function (r) { app.list.appendChild(app.item(app.result, r)); });
    app.facets.textContent = "";
    app.more.hidden = true;
    var q = app.state.q || "";
    app.status.textContent = where + "只在已保存的 " + found.offline + " 期中搜索，" +
      (found.total ? "找到 " + found.total + " 条结果" : q ? "其中没有“" + q + "”" : "其中没有符合条件的文章") +
      "；其他各期（全部 " + found.manifest.docs + " 篇文章）联网后才能搜索。";
    app.box.setAttribute("data-q", q);
    app.box.setAttribute("data-total", String(found.total));
    app.box.setAttribute("data-state", "done");
  }).catch(function (failed) {
    if (seq !== app.seq) return;
    app.status.textContent = where + "这次搜索要用的文件不在本机，保存的各期也读不出来" +
      (/^could not load /.test(failed.message) ? "" : "（" + failed.message + "）") + "。联网后再试。";
    app.list.textContent = "";
    app.box.setAttribute("data-q", app.state.q || "");
    app.box.setAttribute("data-state", "error");
  });
  return true;
}

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
