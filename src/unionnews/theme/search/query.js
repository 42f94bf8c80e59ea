/* Part of search.js (unionnews.theme.script joins the parts): queries: parsing, folding, n-grams,
 * verification against the text, ranking, facet counts. */

// ------------------------------------------------------------ matching
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

/* Docs containing the folded term, with zone/count info.  Up to three characters and the
 * phrases a segment knows are exact; longer terms intersect all their overlapping trigrams
 * (exact: false): the candidates may hold a few articles with the pieces apart, which
 * verification against the text removes. */
function termHits(m, term) {
  if (term.length <= 3) {
    return entry(m, term).then(function (h) { h.exact = true; return h; });
  }
  var keys = [], phrase = term in m.phraseAt ? m.phraseAt[term] : -1;
  for (var o = 0; o + 3 <= term.length; o++) if (keys.indexOf(term.substr(o, 3)) < 0) keys.push(term.substr(o, 3));
  return Promise.all(m.segments.map(function (seg) {
    if (phrase >= 0 && phrase < seg[3]) {
      return segmentEntry(m, seg, term).then(function (text) { var h = decode(text, seg[0], seg[1]); h.exact = true; return h; });
    }
    function piece(k) { return segmentEntry(m, seg, k).then(function (t) { return decode(t, seg[0], seg[1]); }); }
    return piece(keys[0]).then(function (first) {  // an empty first list: the others need not load
      if (!first.docs.length) return { docs: first.docs, info: first.info, exact: true };
      return Promise.all(keys.slice(1).map(piece)).then(function (rest) { return trigrams([first].concat(rest)); });
    });
  })).then(function (parts) {
    var h = join(parts);
    h.exact = parts.every(function (p) { return p.exact; });
    return h;
  });
}

function trigrams(lists) {  // one segment's trigram lists of a long term → candidates, estimated info
  lists.sort(function (a, b) { return a.docs.length - b.docs.length; });
  var docs = lists[0].docs;
  for (var g = 1; g < lists.length; g++) docs = intersect(docs, lists[g].docs);
  var info = new Uint8Array(docs.length).fill(255);
  lists.forEach(function (L) {  // estimate: lowest zone and count over the trigrams
    for (var k = 0, j = 0; k < docs.length; k++) {
      while (L.docs[j] < docs[k]) j++;
      var x = L.info[j];
      info[k] = Math.min(info[k] >> 4, x >> 4) << 4 | Math.min(info[k] & 15, x & 15);
    }
  });
  return { docs: docs, info: info, exact: false };
}

// ------------------------------------------------------------ verification against the text
function zonesOf(m, r) {  // the zones as the index saw them (records.zone_texts)
  if (!r.zones) {
    var head = [r.kicker, r.title, r.subtitle].filter(Boolean).join("\n");
    var meta = [r.column].concat(r.people, r.places, r.tags).join("\n");
    r.zones = [fold(m, head.replace(/\0/g, "\n")), fold(m, meta.replace(/\0/g, "\n")), fold(m, r.body.replace(/\0/g, "\n"))];
  }
  return r.zones;
}

/* zone << 4 | min(count, CAP) of a folded term in a record; 0 when absent. */
function exactInfo(m, r, term) {
  var zs = zonesOf(m, r), count = 0, zone = -1;
  for (var z = 0; z < 3; z++) {
    for (var at = zs[z].indexOf(term); at >= 0; at = zs[z].indexOf(term, at + 1)) {
      count++;
      if (zone < 0) zone = [HEAD, META, BODY][z];  // zs holds them in that order, highest first
    }
  }
  return zone < 0 ? 0 : zone << 4 | Math.min(count, CAP);
}

/* Does a record satisfy the query's inexact terms?  Also sets its exact score. */
function verify(result, r) {
  var m = result.manifest, ok = true, score = 0;
  result.terms.forEach(function (t, k) {
    var x = exactInfo(m, r, t);
    if (!x) ok = false;
    score += (result.weights ? result.weights[k] : 1) * ((x >> 4) * 1000 + (x & 15));
  });
  result.loose.forEach(function (t) { if (exactInfo(m, r, t)) ok = false; });
  r.score = score;
  return ok;
}

// ------------------------------------------------------------ queries
/* 'a b "c d" -e' → {terms: ["a","b","c d"], excluded: ["e"]} (unfolded).  Chinese quotes “…”, 「…」
 * and 『…』 quote a phrase as "…" does (a reader types them on a Chinese keyboard). */
function parse(q) {
  var terms = [], excluded = [], match;
  var re = /(-?)(?:"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|『([^』]*)』?|([^\s"“「『]+))/g;
  while ((match = re.exec(q || ""))) {
    var quoted = match[2] !== undefined ? match[2] : match[3] !== undefined ? match[3] :
                 match[4] !== undefined ? match[4] : match[5];
    var text = quoted !== undefined ? quoted.replace(/\s+/g, " ").trim() : match[6];
    if (!text || text === "-") continue;
    (match[1] ? excluded : terms).push(text);
  }
  return { terms: terms, excluded: excluded };
}
S.parse = parse;

function isoDay(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5; }

/* [first doc, last doc] of a year or from/to range (docs run oldest first), or null. */
function dateRange(m, state) {
  if (!state.from && !state.to && !state.year) return Promise.resolve(null);
  if (state.year && !state.from && !state.to) {
    var y = m.years.filter(function (r) { return String(r[0]) === String(state.year); })[0];
    return Promise.resolve(y ? [y[1], y[1] + y[2] - 1] : [1, 0]);
  }
  var from = state.from || "", to = state.to || "";
  if (state.year) { from = state.year + "-01-01"; to = state.year + "-12-31"; }
  from = (from + "0000-01-01".slice(from.length)).slice(0, 10);
  to = to ? (to.length === 4 ? to + "-12-31" : to.length === 7 ? to + "-31" : to) : "9999-12-31";
  return load("dates").then(function (d) {
    var counts = vlqList(d[1], 0, d[1].length, []), day0 = d[0] ? isoDay(d[0]) : 0;
    var doc = 0, lo = -1, hi = -2;
    for (var k = 0; k < counts.length; k++) {
      var iso = new Date((day0 + k) * 864e5).toISOString().slice(0, 10);
      if (counts[k] && iso >= from && iso <= to) { if (lo < 0) lo = doc; hi = doc + counts[k] - 1; }
      doc += counts[k];
    }
    return lo < 0 ? [1, 0] : [lo, hi];
  });
}

function range(lo, hi) {
  var out = new Int32Array(Math.max(0, hi - lo + 1));
  for (var k = 0; k < out.length; k++) out[k] = lo + k;
  return out;
}

/* Run a search. state: {q, sort: "rank"|"new"|"old", paper, …, year, from, to}; options.exact:
 * verify every candidate of a long query however many (tests; small results do it anyway).
 * → {total, docs (ordered), pending (long-query candidates not yet verified), terms (folded), …} */
function run(state, options) {
  options = options || {};
  return manifest().then(function (m) {
    var parsed = parse(state.q);
    var terms = parsed.terms.map(function (t) { return fold(m, t); }).filter(Boolean);
    var excluded = parsed.excluded.map(function (t) { return fold(m, t); }).filter(Boolean);
    var listed = LISTED.filter(function (f) { return state[f]; });
    var cheap = CHEAP.filter(function (f) { return state[f]; });
    if (!terms.length && !listed.length && !cheap.length && !state.year && !state.from && !state.to) {
      return { total: 0, docs: [], terms: [], empty: true, manifest: m };
    }
    return hitsInTurn(m, terms).then(function (hits) {
      if (hits.some(function (h) { return !h.docs.length; })) {  // no article has every term: load nothing more
        return [hits, [], [], null, null, true];
      }
      return Promise.all([
      hits,
      Promise.all(excluded.map(function (t) { return termHits(m, t); })),
      Promise.all(listed.map(function (f) { return entry(m, m.facetPrefix + f + state[f]).then(function (h) { return h.docs; }); })),
      dateRange(m, state),
      cheap.length ? attrs(m) : null,
      ]);
    }).then(function (got) {
      var hits = got[0], minus = got[1], lists = got[2], span = got[3], a = got[4];
      var sets = hits.map(function (h) { return h.docs; }).concat(lists);
      sets.sort(function (x, y) { return x.length - y.length; });
      var docs = sets.length ? sets[0] : range(0, m.docs - 1);
      for (var k = 1; k < sets.length; k++) docs = intersect(docs, sets[k]);
      if (span) docs = docs.filter(function (d) { return d >= span[0] && d <= span[1]; });
      if (a) {
        var want = cheap.map(function (f) { return (f === "paper" ? a.papers : a.kinds).indexOf(state[f]); });
        docs = docs.filter(function (d) {
          var c = a.combos[a.combo[d]];
          return cheap.every(function (f, j) { return c[f === "paper" ? 0 : 1] === want[j]; });
        });
      }
      var loose = [];
      minus.forEach(function (h, j) {
        var out = new Uint8Array(m.docs);
        for (var q = 0; q < h.docs.length; q++) out[h.docs[q]] = 1;
        if (h.exact) docs = docs.filter(function (d) { return !out[d]; });
        else if (docs.some(function (d) { return out[d]; })) loose.push(excluded[j]);
      });
      var score = new Float64Array(m.docs);
      var weights = hits.map(function (h) { return idf(m, h); });
      hits.forEach(function (h, t) {
        for (var q = 0; q < h.docs.length; q++) score[h.docs[q]] += weights[t] * ((h.info[q] >> 4) * 1000 + (h.info[q] & 15));
      });
      var result = { docs: docs, score: score, terms: terms, loose: loose, manifest: m, state: state, weights: weights,
                     pending: loose.length > 0 || hits.some(function (h) { return !h.exact; }) };
      if (result.pending && docs.length && (options.exact || docs.length <= VERIFY_ALL)) return verifyAll(result);
      return result;
    }).then(function (result) {
      order(result);
      result.total = result.docs.length;
      return result;
    });
  });
}
S.run = run;

/* A term's weight in the rank: rarer terms count more (inverse document frequency), so in "工会 竺士杰"
 * the articles about 竺士杰 come first, not those that say 工会 most. */
function idf(m, h) {  // a whole number: order() packs score and doc into one float key
  return Math.max(1, Math.round(100 * Math.log(1 + m.docs / (1 + h.docs.length))));
}

/* Each term's hits, one term after another, stopping at the first with none: a query that
 * matches nothing does not load the lists of its other terms. */
function hitsInTurn(m, terms) {
  var out = [];
  return terms.reduce(function (done, t) {
    return done.then(function (stop) {
      if (stop) return true;
      return termHits(m, t).then(function (h) { out.push(h); return !h.docs.length; });
    });
  }, Promise.resolve(false)).then(function () { return out; });
}

function verifyAll(result) {
  return records(result.manifest, result.docs).then(function (recs) {
    var kept = [];
    recs.forEach(function (r) {
      if (verify(result, r)) { kept.push(r.doc); result.score[r.doc] = r.score; } else S.falsePositives++;
    });
    result.docs = Int32Array.from(kept);
    result.pending = false;
    return result;
  });
}

function order(result) {  // rank: score, then newer; new: descending docs; old: ascending
  var docs = result.docs, sort = result.state.sort, out = new Array(docs.length);
  if (sort === "old") { for (var k = 0; k < docs.length; k++) out[k] = docs[k]; }
  else if (sort === "new") { for (var j = 0; j < docs.length; j++) out[j] = docs[docs.length - 1 - j]; }
  else {
    var keys = new Float64Array(docs.length), score = result.score;
    for (var q = 0; q < docs.length; q++) keys[q] = score[docs[q]] * 4194304 + docs[q];
    keys.sort();
    for (var p = 0; p < keys.length; p++) out[p] = keys[keys.length - 1 - p] % 4194304;
  }
  result.docs = out;
}

/* The next `count` results from `start` as records, verifying pending candidates on the way
 * (a candidate that fails is removed from result.docs and from the total). */
function page(result, start, count) {
  var shown = [];
  function more() {
    var at = start + shown.length, want = result.docs.slice(at, at + count - shown.length);
    if (!want.length) return Promise.resolve(shown);
    return records(result.manifest, want).then(function (recs) {
      var gone = [];
      recs.forEach(function (r) {
        if (!result.pending || verify(result, r)) shown.push(r);
        else { S.falsePositives++; gone.push(r.doc); }
      });
      if (!gone.length) {
        if (at + want.length >= result.docs.length) result.pending = false;  // every candidate checked: 共
        return shown;
      }
      result.docs = result.docs.filter(function (d) { return gone.indexOf(d) < 0; });
      result.total = result.docs.length;
      return more();
    });
  }
  return more();
}
S.page = page;

/* Counts over a result: year, paper and kind from data every query has (cheap); column,
 * people, places and tags (listed) only when asked for, as they mean loading every list. */
function cheapCounts(m, docs) {
  return attrs(m).then(function (a) {
    var years = [], paper = new Float64Array(a.papers.length), kind = new Float64Array(a.kinds.length);
    var perCombo = new Float64Array(a.combos.length);
    for (var k = 0; k < docs.length; k++) perCombo[a.combo[docs[k]]]++;
    a.combos.forEach(function (c, j) { paper[c[0]] += perCombo[j]; kind[c[1]] += perCombo[j]; });
    var sorted = Int32Array.from(docs).sort();
    m.years.slice().reverse().forEach(function (y) {
      var n = lowerBound(sorted, y[1] + y[2]) - lowerBound(sorted, y[1]);
      if (n) years.push([String(y[0]), n]);
    });
    return { year: years, paper: rows(a.papers, paper), kind: rows(a.kinds, kind) };
  });
}

function lowerBound(a, x) {
  var lo = 0, hi = a.length;
  while (lo < hi) { var mid = (lo + hi) >> 1; if (a[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

function rows(names, counts) {
  var out = [];
  names.forEach(function (name, j) { if (counts[j]) out.push([name, counts[j]]); });
  return out.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
}

function listedCounts(m, docs) {
  var member = new Uint8Array(m.docs);
  for (var k = 0; k < docs.length; k++) member[docs[k]] = 1;
  return Promise.all(LISTED.map(function (f) { return load("f/" + f); })).then(function (all) {
    var out = {};
    LISTED.forEach(function (f, k) {
      var found = [];
      all[k].forEach(function (pair) {
        var list = decode(pair[1], 0, m.docs).docs, n = 0;
        for (var q = 0; q < list.length; q++) n += member[list[q]];
        if (n) found.push([pair[0], n]);
      });
      out[f] = found.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
    });
    return out;
  });
}

/* Every facet's counts over a result: {facet: [[value, count], …]} most frequent first. */
function facetCounts(m, docs) {
  return Promise.all([cheapCounts(m, docs), listedCounts(m, docs)]).then(function (got) {
    return Object.assign({}, got[0], got[1]);
  });
}
S.facetCounts = facetCounts;
S.cheapCounts = cheapCounts;
S.listedCounts = listedCounts;

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
