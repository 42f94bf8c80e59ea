/* unionnews search: exact-substring Chinese full-text search with no server.
 *
 * Index parts are classic scripts under search/ that call unionnewsSearch.part(name, data),
 * so this works from file:// and under any sub-path (no fetch, no modules, no WASM).
 * File formats: src/unionnews/search/ (codec.py for entries, layout.py for files).
 * The index is cut into segments of consecutive articles (manifest.segments); every list
 * is looked up in each segment and the pieces joined (doc ids are global, oldest first).
 * Display records (headline, date, text for the snippet) come manifest.recordsPerFile to a
 * file, compressed against one dictionary, and are loaded only for results on screen; each
 * file, and the dictionary, is loaded once.
 * Text is only ever inserted with textContent / createTextNode: nothing from an article or
 * a query becomes markup.
 */
(function () {
  "use strict";

  var self = document.currentScript;
  var ROOT = self && self.src ? self.src.replace(/static\/search\.js(?:[?#].*)?$/, "") : "";
  var S = window.unionnewsSearch = window.unionnewsSearch || {};
  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var i = 0; i < 64; i++) DIGIT[B64.charCodeAt(i)] = i;
  var HEAD = 2, META = 1, BODY = 0, CAP = 15;
  var PAGE = 10, FIRST = 4;
  var VERIFY_ALL = 30;  // verify every candidate of a long query when there are at most this many
  var CHEAP = ["paper", "kind"], LISTED = ["column", "people", "places", "tags"];
  var FILTERS = CHEAP.concat(LISTED);

  // ------------------------------------------------------------ loading parts
  var parts = Object.create(null), waiting = Object.create(null);
  S.loaded = [];  // part names in load order (the benchmark reads this)
  S.falsePositives = 0;  // candidates of long queries that verification threw out
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
      tag.src = partUrl(name);
      tag.async = true;
      tag.onerror = function () {
        var list = waiting[name] || [];
        delete waiting[name];
        list.forEach(function (w) { w.fail(new Error("could not load search/" + name + ".js")); });
      };
      document.head.appendChild(tag);
    });
  }

  function partUrl(name) { return ROOT + "search/" + name + ".js"; }

  var manifestPromise = null;
  function manifest() {
    if (!manifestPromise) {
      manifestPromise = Promise.all([load("manifest"), load("fold")]).then(function (got) {
        var m = got[0], table = new Uint16Array(65536);
        for (var c = 0; c < 65536; c++) table[c] = c;
        var gaps = vlqList(got[1][0], 0, got[1][0].length, []), shifts = vlqList(got[1][1], 0, got[1][1].length, []);
        for (var k = 0, code = -1; k < gaps.length; k++) {  // layout.write_fold
          code += gaps[k] + 1;
          table[code] = code + (shifts[k] & 1 ? -(shifts[k] + 1) / 2 : shifts[k] / 2);
        }
        m.foldTable = table;
        m.phraseAt = Object.create(null);  // phrase → its place in m.phrases (segment[3]: how many it knows)
        m.phrases.forEach(function (p, k) { m.phraseAt[p] = k; });
        return m;
      });
      manifestPromise.catch(function () { manifestPromise = null; });
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

  function bigName(m, seg, key) {  // layout.big_name
    var out = seg[0] + "/g/" + (fnv1a(key) % m.bigFolders) + "/";
    for (var k = 0; k < key.length; k++) out += ("000" + key.charCodeAt(k).toString(16)).slice(-4);
    return out;
  }

  /* The entry stored under key in one segment [start, count, shards, phrases, packs] ("" when there
   * is none): in its shard, or the shard holds "!" (a file of its own) or "#c" (in a pack of size
   * class c, layout.big_place). */
  function segmentEntry(m, seg, key) {
    return load(seg[0] + "/s/" + (fnv1a(key) % seg[2])).then(function (data) {
      var value = Object.prototype.hasOwnProperty.call(data, key) ? data[key] : "";
      if (value === "!") return load(bigName(m, seg, key));
      if (value.charAt(0) !== "#") return value;
      var size = +value.slice(1);
      return load(seg[0] + "/p/" + size + "/" + (fnv1a(key) % seg[4])).then(function (pack) { return pack[key]; });
    });
  }

  /* The list of key over the whole index: each segment's piece, decoded, joined in doc order. */
  function entry(m, key) {
    return Promise.all(m.segments.map(function (seg) {
      return segmentEntry(m, seg, key).then(function (text) { return decode(text, seg[0], seg[1]); });
    })).then(join);
  }

  function join(lists) {  // lists of consecutive segments → one {docs, info}
    if (lists.length === 1) return lists[0];
    var n = 0, at = 0;
    lists.forEach(function (L) { n += L.docs.length; });
    var docs = new Int32Array(n), info = new Uint8Array(n);
    lists.forEach(function (L) { docs.set(L.docs, at); info.set(L.info, at); at += L.docs.length; });
    return { docs: docs, info: info };
  }

  // ------------------------------------------------------------ decoding (see codec.py)
  function vlqList(text, from, to, out) {  // every VLQ value in text[from, to)
    var value = 0, shift = 1;
    for (var k = from; k < to; k++) {
      var d = DIGIT[text.charCodeAt(k)];
      value += (d & 31) * shift;
      if (d & 32) shift *= 32; else { out.push(value); value = 0; shift = 1; }
    }
    return out;
  }

  function gapsToDocs(values, start) {
    var docs = new Int32Array(values.length), doc = start - 1;
    for (var k = 0; k < values.length; k++) { doc += values[k] + 1; docs[k] = doc; }
    return docs;
  }

  /* An entry of a list over docs start … start + count − 1 → {docs: ascending Int32Array of
   * global doc ids, info: Uint8Array of zone << 4 | count} */
  function decode(text, start, count) {
    if (!text) return { docs: new Int32Array(0), info: new Uint8Array(0) };
    var cut = text.indexOf("~"), end = cut < 0 ? text.length : cut, mode = text.charAt(0), docs;
    if (mode === "b") {
      var list = [];
      for (var k = 1; k < end; k++) {
        var d = DIGIT[text.charCodeAt(k)];
        for (var bit = 0; d; bit++, d >>= 1) if (d & 1) list.push(start + (k - 1) * 6 + bit);
      }
      docs = Int32Array.from(list);
    } else if (mode === "c") {
      var missing = gapsToDocs(vlqList(text, 1, end, []), 0), out = new Int32Array(count - missing.length);
      for (var doc = 0, j = 0, n = 0; doc < count; doc++) {
        if (j < missing.length && missing[j] === doc) j++; else out[n++] = start + doc;
      }
      docs = out;
    } else {
      docs = gapsToDocs(vlqList(text, 1, end, []), start);
    }
    var info = new Uint8Array(docs.length).fill(1);
    if (cut >= 0) {
      var kind = text.charAt(cut + 1);
      if (kind === "d") {
        for (var q = 0; q < docs.length; q++) info[q] = DIGIT[text.charCodeAt(cut + 2 + q)];
      } else {
        for (var p = cut + 2, index = -1; p < text.length;) {
          var value = 0, shift = 1, digit;
          do { digit = DIGIT[text.charCodeAt(p++)]; value += (digit & 31) * shift; shift *= 32; } while (digit & 32);
          index += value + 1;
          info[index] = DIGIT[text.charCodeAt(p++)];
        }
      }
    }
    return { docs: docs, info: info };
  }

  function intersect(a, b) {  // ascending Int32Arrays
    var out = new Int32Array(Math.min(a.length, b.length)), n = 0, i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out[n++] = a[i]; i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out.subarray(0, n);
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

  /* zone << 4 | min(count, 15) of a folded term in a record; 0 when absent. */
  function exactInfo(m, r, term) {
    var zs = zonesOf(m, r), count = 0, zone = -1;
    for (var z = 0; z < 3; z++) {
      for (var at = zs[z].indexOf(term); at >= 0; at = zs[z].indexOf(term, at + 1)) {
        count++;
        if (zone < 0) zone = 2 - z;
      }
    }
    return zone < 0 ? 0 : zone << 4 | Math.min(count, CAP);
  }

  /* The records part holding doc's display record (layout.records_file, records_name), and the
   * record's place in it: records file f holds docs f·n … f·n + n − 1, n = m.recordsPerFile.
   * The one place that maps an article to its records file. */
  function recordsPart(m, doc) {
    var file = Math.floor(doc / m.recordsPerFile);
    return { name: "r/" + Math.floor(file / 1000) + "/" + file, index: doc % m.recordsPerFile };
  }
  S.recordsPart = recordsPart;

  /* The records dictionary (layout.Dictionary): [size in bytes, deflated prefix in base 64]. */
  var dictionaryPromise = null;
  function dictionary() {
    if (!dictionaryPromise) {
      dictionaryPromise = load("d").then(function (d) { return { size: d[0], prefix: bytesOf(d[1]) }; });
      dictionaryPromise.catch(function () { dictionaryPromise = null; });
    }
    return dictionaryPromise;
  }

  function bytesOf(base64) { return Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); }); }

  /* A records file: JSON in GB18030 (layout.RECORDS_ENCODING) deflated after the records dictionary,
   * in base 64 (layout.packed), inflated once: the dictionary's prefix and the file make one raw
   * deflate stream, whose first `size` bytes are the dictionary itself. */
  var inflated = Object.create(null);
  function recordsFile(name) {
    if (!inflated[name]) {
      inflated[name] = Promise.all([load(name), dictionary()]).then(function (got) {
        var inflate, text;
        try {  // absent, or no "deflate-raw" / "gb18030"
          inflate = new DecompressionStream("deflate-raw");
          text = new TextDecoder("gb18030");
        } catch (error) { inflate = null; }
        if (!inflate) throw new Error("这个浏览器太旧，不能解压搜索结果（需要 2023 年以后的版本）");
        var stream = new Blob([got[1].prefix, bytesOf(got[0])]).stream().pipeThrough(inflate);
        return new Response(stream).arrayBuffer().then(function (buffer) {
          return JSON.parse(text.decode(new Uint8Array(buffer, got[1].size)));
        });
      });
      inflated[name].catch(function () { delete inflated[name]; });
    }
    return inflated[name];
  }

  function records(m, docs) {
    return Promise.all(Array.prototype.map.call(docs, function (d) {
      return recordsFile(recordsPart(m, d).name);
    })).then(function (files) {
      return files.map(function (file, k) {
        var r = file[recordsPart(m, docs[k]).index];
        return { doc: docs[k], url: r[0], title: r[1], kicker: r[2], subtitle: r[3], paper: r[4], date: r[5],
                 page: r[6], pageName: r[7], column: r[8], kind: r[9], people: r[10], places: r[11], tags: r[12],
                 body: r[13] };
      });
    });
  }
  S.records = records;

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

  function attrs(m) {  // paper and kind of every doc: {papers, kinds, combos, combo: Uint16Array}
    return load("attrs").then(function (a) {
      if (!a.combo) a.combo = Uint16Array.from(vlqList(a.codes, 0, a.codes.length, []));
      return a;
    });
  }

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
})();
