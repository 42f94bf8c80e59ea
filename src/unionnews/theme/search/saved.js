/* Part of search.js (unionnews.theme.script joins the parts): offline, searching the issues saved with 保存本期. */

// ------------------------------------------------------------ offline: searching the saved issues
/* 保存本期 (static/offline.js) keeps, with an issue's pages, the records files of its articles (they
 * carry the full text) and the records dictionary, then notes the issue here (rememberSavedIssue).
 * Offline, a query whose lists were never loaded cannot use the index; searchSaved scans the saved
 * records instead, phrase by phrase, and says that only the saved issues were searched.  It reaches
 * the records through records() and recordsPart() only, so it follows their file layout. */
var SAVED_KEY = "unionnews saved issues " + ROOT;

function savedIssues() {  // [{url, date, docs, articles}] of the issues saved from this site
  try {
    var list = JSON.parse(localStorage.getItem(SAVED_KEY) || "[]");
    return Array.isArray(list) ? list : [];
  } catch (error) { return []; }  // no storage (blocked, or a sandbox): nothing is known to be saved
}

function absolute(href) { return new URL(href, location.href).href; }

/* What searching an issue offline needs, given its date (YYYY-MM-DD) and the links on its page:
 * → {docs: its articles' doc ids, articles: their URLs, files: the search files to keep}.
 * The day's docs come from dates.js; several papers can share a day, so each paper's first record
 * of the day is read to find the one whose articles the page links to. */
S.issueSearchFiles = function (date, hrefs) {
  var linked = Object.create(null);
  hrefs.forEach(function (h) { linked[absolute(h)] = true; });
  return manifest().then(function (m) {
    return Promise.all([dateRange(m, { from: date, to: date }), attrs(m)]).then(function (got) {
      var span = got[0], a = got[1], byPaper = Object.create(null);
      for (var d = span[0]; d <= span[1]; d++) {
        var paper = a.combos[a.combo[d]][0];
        (byPaper[paper] = byPaper[paper] || []).push(d);
      }
      var groups = Object.keys(byPaper).map(function (p) { return byPaper[p]; });
      return Promise.all(groups.map(function (docs) {
        return records(m, docs.slice(0, 1)).then(function (first) { return linked[absolute(ROOT + first[0].url)] ? docs : []; });
      })).then(function (chosen) {
        var docs = [].concat.apply([], chosen);
        if (!docs.length) return null;  // the index does not know the issue (a page newer than the index)
        return records(m, docs).then(function (recs) {
          var files = ["manifest", "fold", "d"];  // "d": the records dictionary, as dictionary() loads it
          docs.forEach(function (d) { var name = recordsPart(m, d).name; if (files.indexOf(name) < 0) files.push(name); });
          return {
            docs: docs,
            articles: recs.map(function (r) { return absolute(ROOT + r.url); }),
            files: files.map(partUrl),
          };
        });
      });
    });
  });
};

/* Note an issue whose pages and search files the service worker has kept: {url, date, docs, articles}. */
S.rememberSavedIssue = function (issue) {
  var list = savedIssues().filter(function (s) { return s.url !== issue.url; });
  list.push({ url: issue.url, date: issue.date, docs: issue.docs, articles: issue.articles });
  try { localStorage.setItem(SAVED_KEY, JSON.stringify(list)); return true; } catch (error) { return false; }
};

function keptBy(r, state) {  // the filters of a query, on a record (offline: no lists to intersect)
  var day = r.date, from = state.from || "", to = state.to || "";
  if (state.year && day.slice(0, 4) !== String(state.year)) return false;
  if (from && day < (from + "0000-01-01".slice(from.length)).slice(0, 10)) return false;
  if (to && day.slice(0, to.length) > to) return false;
  if (state.paper && r.paper !== state.paper) return false;
  if (state.kind && r.kind !== state.kind) return false;
  if (state.column && r.column !== state.column) return false;
  return ["people", "places", "tags"].every(function (f) { return !state[f] || r[f].indexOf(state[f]) >= 0; });
}

/* A query over the saved issues' records by brute force, or null when no issue is saved.
 * → {offline: issues whose records could be read, records: the matches in order, total, terms, manifest} */
function searchSaved(state) {
  var saved = savedIssues();
  if (!saved.length) return null;
  return manifest().then(function (m) {
    var parsed = parse(state.q);
    var terms = parsed.terms.map(function (t) { return fold(m, t); }).filter(Boolean);
    var excluded = parsed.excluded.map(function (t) { return fold(m, t); }).filter(Boolean);
    return Promise.all(saved.map(function (issue) {
      var mine = Object.create(null);
      issue.articles.forEach(function (u) { mine[u] = true; });
      return Promise.all(issue.docs.map(function (d) {  // one by one: a file missing loses only its records
        return records(m, [d]).then(function (r) { return r[0]; }, function () { return null; });
      })).then(function (recs) {  // only this issue's articles (a records file may hold a neighbour's)
        return recs.filter(function (r) { return r && mine[absolute(ROOT + r.url)]; });
      });
    })).then(function (perIssue) {
      var seen = Object.create(null), found = [], check = { manifest: m, terms: terms, loose: excluded, weights: null };
      var readable = perIssue.filter(function (recs) { return recs.length; });
      readable.forEach(function (recs) {
        recs.forEach(function (r) {
          if (seen[r.url] || !keptBy(r, state) || !verify(check, r)) return;
          seen[r.url] = true;
          found.push(r);
        });
      });
      var newer = function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : b.doc - a.doc; };
      found.sort(state.sort === "old" ? function (a, b) { return newer(b, a); }
                 : state.sort === "new" ? newer : function (a, b) { return b.score - a.score || newer(a, b); });
      return { offline: readable.length, records: found, total: found.length, terms: terms, manifest: m };
    });
  });
}
S.searchSaved = searchSaved;
